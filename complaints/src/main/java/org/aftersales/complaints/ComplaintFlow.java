package org.aftersales.complaints;

import org.aftersales.core.statemachine.Guard;
import org.aftersales.core.statemachine.StateMachineDefinition;

/**
 * The six handling steps of K3 as one state machine definition, shared by every complaint:
 * listen, analyse, find a solution, resolve, review, in that order; emergency measures at any
 * stage before closing, keeping the complaint where it is; then close. Each guard refuses with
 * a code and a reason in English and Chinese:
 * <ul>
 *   <li>analysing needs the complaint classified ({@code complaint.notClassified});</li>
 *   <li>finding a solution needs the manager's decision ({@code complaint.noDecision}, K6);</li>
 *   <li>resolving needs the path's record (quality or non-quality, {@code complaint.pathMissing})
 *       and, for an accepted complaint, an agreed remedy ({@code complaint.noRemedy});</li>
 *   <li>closing needs the review ({@code complaint.reviewMissing}), the result told to the
 *       customer ({@code complaint.customerNotTold}), no hand-over left unacknowledged
 *       ({@code complaint.handOverPending}) and, on the quality path, the finance review of
 *       recorded costs ({@code complaint.financeReviewMissing}).</li>
 * </ul>
 * The guards read the complaint as it would be after the step's own data is recorded. This is
 * the definition tests, the demo and the benchmarks use.
 */
public final class ComplaintFlow {

    /** The definition: states {@link Stage}, events {@link Step}, context the {@link Complaint}. */
    public static final StateMachineDefinition<Stage, Step, Complaint> DEFINITION = build();

    private ComplaintFlow() {
    }

    private static Guard<Complaint> guard(java.util.function.Predicate<Complaint> test, String code) {
        return Guard.require(test, code, ComplaintMessages.MESSAGES.text(code));
    }

    private static StateMachineDefinition<Stage, Step, Complaint> build() {
        Guard<Complaint> classified = guard(c -> c.cause() != null, "complaint.notClassified");
        Guard<Complaint> decided = guard(c -> c.decision() != null, "complaint.noDecision");
        Guard<Complaint> pathRecorded = guard(Complaint::pathRecorded, "complaint.pathMissing");
        Guard<Complaint> remedyAgreed = guard(c -> c.decision() == null || !c.decision().accepted() || !c.remedies().isEmpty(),
                "complaint.noRemedy");
        Guard<Complaint> reviewed = guard(c -> c.review() != null, "complaint.reviewMissing");
        Guard<Complaint> told = guard(c -> c.resultToldAt() != null, "complaint.customerNotTold");
        Guard<Complaint> noPendingHandOver = guard(c -> c.pendingHandOver() == null, "complaint.handOverPending");
        Guard<Complaint> financeReviewed = guard(c -> c.quality() == null || c.quality().costs().isEmpty()
                || c.quality().financeReviewed(), "complaint.financeReviewMissing");
        return StateMachineDefinition.builder("complaint", Stage.class, Step.class, Complaint.class)
                .initial(Stage.LISTENING)
                .finals(Stage.CLOSED)
                .from(Stage.LISTENING).on(Step.LISTEN).to(Stage.ANALYSING)
                .from(Stage.ANALYSING).on(Step.ANALYSE).to(Stage.FINDING_SOLUTION).guard("classified", classified)
                .from(Stage.FINDING_SOLUTION).on(Step.FIND_SOLUTION).to(Stage.RESOLVING).guard("decided", decided)
                .from(Stage.RESOLVING).on(Step.RESOLVE).to(Stage.REVIEWING)
                    .guard("path-recorded", pathRecorded).guard("remedy-agreed", remedyAgreed)
                .from(Stage.LISTENING, Stage.ANALYSING, Stage.FINDING_SOLUTION, Stage.RESOLVING, Stage.REVIEWING)
                    .on(Step.EMERGENCY_MEASURE).stay()
                .from(Stage.REVIEWING).on(Step.REVIEW).stay()
                .from(Stage.REVIEWING).on(Step.CLOSE).to(Stage.CLOSED)
                    .guard("reviewed", reviewed).guard("customer-told", told)
                    .guard("hand-over-settled", noPendingHandOver).guard("finance-reviewed", financeReviewed)
                .build();
    }
}
