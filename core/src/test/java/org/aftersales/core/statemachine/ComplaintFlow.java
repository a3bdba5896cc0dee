package org.aftersales.core.statemachine;

import org.aftersales.core.i18n.LocalizedText;

/**
 * The six complaint-handling steps of K3 as a definition: listen, analyse, find a solution,
 * resolve, review, in that order; emergency measures may be taken at any step before closing
 * and keep the complaint where it is.
 */
final class ComplaintFlow {

    enum Step { LISTENING, ANALYSING, FINDING_SOLUTION, RESOLVING, REVIEWING, CLOSED }

    enum Move { ACCOUNT_RECORDED, CAUSE_FOUND, SOLUTION_AGREED, REMEDY_DELIVERED, TAKE_EMERGENCY_MEASURE, REVIEW_DONE }

    /** What the guards read. */
    record Case(boolean customerHeardOut, boolean remedyAccepted, boolean reviewComplete) {
        static final Case COMPLETE = new Case(true, true, true);
    }

    static final Guard<Case> HEARD_OUT = Guard.require(Case::customerHeardOut, "complaint.not-heard-out",
            new LocalizedText("The customer's account has not been recorded and read back.", "客户的陈述尚未记录并复述确认。"));
    static final Guard<Case> REMEDY_ACCEPTED = Guard.require(Case::remedyAccepted, "complaint.remedy-open",
            new LocalizedText("The customer has not accepted the remedy.", "客户尚未接受处理方案。"));
    static final Guard<Case> REVIEW_COMPLETE = Guard.require(Case::reviewComplete, "complaint.review-incomplete",
            new LocalizedText("Root cause, lesson and preventive action are not all recorded.", "根本原因、教训和预防措施尚未全部记录。"));

    static final StateMachineDefinition<Step, Move, Case> DEFINITION = StateMachineDefinition
            .builder("complaint", Step.class, Move.class, Case.class)
            .initial(Step.LISTENING)
            .finals(Step.CLOSED)
            .from(Step.LISTENING).on(Move.ACCOUNT_RECORDED).to(Step.ANALYSING).guard("heard-out", HEARD_OUT)
            .from(Step.ANALYSING).on(Move.CAUSE_FOUND).to(Step.FINDING_SOLUTION)
            .from(Step.FINDING_SOLUTION).on(Move.SOLUTION_AGREED).to(Step.RESOLVING)
            .from(Step.RESOLVING).on(Move.REMEDY_DELIVERED).to(Step.REVIEWING).guard("remedy-accepted", REMEDY_ACCEPTED)
            .from(Step.LISTENING, Step.ANALYSING, Step.FINDING_SOLUTION, Step.RESOLVING, Step.REVIEWING)
                .on(Move.TAKE_EMERGENCY_MEASURE).stay()
            .from(Step.REVIEWING).on(Move.REVIEW_DONE).to(Step.CLOSED).guard("review-complete", REVIEW_COMPLETE)
            .build();

    private ComplaintFlow() {
    }
}
