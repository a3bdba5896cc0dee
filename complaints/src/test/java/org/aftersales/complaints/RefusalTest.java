package org.aftersales.complaints;

import static org.aftersales.complaints.Fixture.LI;
import static org.aftersales.complaints.Fixture.MA;
import static org.aftersales.complaints.Fixture.WANG;
import static org.aftersales.complaints.Fixture.ZHAO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.function.Consumer;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.IllegalTransitionException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.value.Money;
import org.junit.jupiter.api.Test;

/** K1, K3, K6, K7, K8: what the desk refuses, each with its reason in English and Chinese, storing nothing. */
class RefusalTest {

    final Fixture f = new Fixture("2026-11-23T09:00");

    static void bilingual(LocalizedText text) {
        assertThat(text.en()).isNotBlank();
        assertThat(text.zh()).containsPattern("\\p{IsHan}");
    }

    /** Asserts the action changes nothing stored: the complaint's version and the event log stay as they were. */
    void storesNothing(ComplaintNumber n, Runnable action, Consumer<Throwable> refusal) {
        long version = f.storage.repository(ComplaintDesk.TYPE).get(n).version();
        long events = f.storage.events().since(0, 10_000).size();
        assertThatThrownBy(action::run).satisfies(refusal::accept);
        assertThat(f.storage.repository(ComplaintDesk.TYPE).get(n).version()).isEqualTo(version);
        assertThat(f.storage.events().since(0, 10_000)).hasSize((int) events);
    }

    ComplaintNumber reviewing(boolean reviewed, boolean told) {
        ComplaintNumber n = f.receive().number();
        f.toResolving(n, Cause.ATTITUDE);
        f.desk.resolve(new ComplaintCommand.Resolve(n, WANG, "Sorry", List.of(Remedy.of(RemedyKind.COMPENSATE,
                Money.ofYuan("50.00")))));
        if (reviewed) {
            f.desk.review(new ComplaintCommand.RecordReview(n, WANG, "Rushed advisor", "Listen first", "Coaching"));
        }
        if (told) {
            f.desk.tellResult(new ComplaintCommand.TellResult(n, WANG, "By phone"));
        }
        return n;
    }

    static Consumer<Throwable> guards(String... codes) {
        return e -> assertThat(e).isInstanceOfSatisfying(IllegalTransitionException.class, x -> {
            assertThat(x.refusingGuards()).extracting(IllegalTransitionException.RefusingGuard::code)
                    .containsExactly(codes);
            x.refusingGuards().forEach(g -> bilingual(g.reason()));
            bilingual(x.text());
        });
    }

    @Test
    void K7_closingWithoutTheReviewIsRefused() {
        ComplaintNumber n = reviewing(false, true);
        storesNothing(n, () -> f.desk.close(new ComplaintCommand.Close(n, WANG)), guards("complaint.reviewMissing"));
    }

    @Test
    void K7_closingWithoutTheCustomerToldIsRefused() {
        ComplaintNumber n = reviewing(true, false);
        storesNothing(n, () -> f.desk.close(new ComplaintCommand.Close(n, WANG)),
                guards("complaint.customerNotTold"));
        ComplaintNumber both = reviewing(false, false);
        storesNothing(both, () -> f.desk.close(new ComplaintCommand.Close(both, WANG)),
                guards("complaint.reviewMissing", "complaint.customerNotTold"));
    }

    @Test
    void K1_aHandOverNobodyAcknowledgedLeavesTheFirstReceiverOwnerAndBlocksClosing() {
        ComplaintNumber n = reviewing(true, true);
        f.desk.requestHandOver(new ComplaintCommand.RequestHandOver(n, WANG, LI));
        storesNothing(n, () -> f.desk.acknowledgeHandOver(new ComplaintCommand.AcknowledgeHandOver(n, ZHAO)),
                e -> assertThat(e).isInstanceOfSatisfying(BusinessRuleException.class, x -> {
                    assertThat(x.rule()).isEqualTo("complaint.handOverNotYours");
                    assertThat(x.text().en()).contains("li", "wang");
                    bilingual(x.text());
                }));
        assertThat(f.desk.get(n).owner()).isEqualTo(WANG);
        storesNothing(n, () -> f.desk.requestHandOver(new ComplaintCommand.RequestHandOver(n, LI, ZHAO)),
                e -> assertThat(e).isInstanceOfSatisfying(BusinessRuleException.class,
                        x -> assertThat(x.rule()).isEqualTo("complaint.notOwner")));
        storesNothing(n, () -> f.desk.close(new ComplaintCommand.Close(n, WANG)), guards("complaint.handOverPending"));
    }

    @Test
    void K3_aStepOutOfOrderIsRefusedNamingTheStepsAllowed() {
        ComplaintNumber n = f.receive().number();
        storesNothing(n, () -> f.desk.analyse(new ComplaintCommand.Analyse(n, WANG, "x", "y")),
                e -> assertThat(e).isInstanceOfSatisfying(IllegalTransitionException.class, x -> {
                    assertThat(x.state()).isEqualTo(Stage.LISTENING);
                    assertThat(x.event()).isEqualTo(Step.ANALYSE);
                    assertThat(x.allowedEvents()).containsExactlyInAnyOrder(Step.LISTEN, Step.EMERGENCY_MEASURE);
                    bilingual(x.text());
                }));
        f.desk.listen(new ComplaintCommand.Listen(n, WANG, "Heard out"));
        storesNothing(n, () -> f.desk.analyse(new ComplaintCommand.Analyse(n, WANG, "x", "y")),
                guards("complaint.notClassified"));
        storesNothing(n, () -> f.desk.close(new ComplaintCommand.Close(n, WANG)),
                e -> assertThat(e).isInstanceOf(IllegalTransitionException.class));
    }

    @Test
    void K6_onlyAManagerDecidesAndSolvingWaitsForTheDecision() {
        ComplaintNumber n = f.receive().number();
        f.desk.classify(new ComplaintCommand.Classify(n, WANG, Cause.PRICE, Severity.LOW, "pricing"));
        f.desk.listen(new ComplaintCommand.Listen(n, WANG, "Heard out"));
        f.desk.analyse(new ComplaintCommand.Analyse(n, WANG, "Labour billed twice", "Money back"));
        storesNothing(n, () -> f.desk.findSolution(new ComplaintCommand.FindSolution(n, WANG, "Refund", false)),
                guards("complaint.noDecision"));
        storesNothing(n, () -> f.desk.decide(new ComplaintCommand.Decide(n, WANG, true, "Refund")),
                e -> assertThat(e).isInstanceOfSatisfying(BusinessRuleException.class, x -> {
                    assertThat(x.rule()).isEqualTo("complaint.notManager");
                    bilingual(x.text());
                }));
    }

    @Test
    void K4_onlyFinanceReviewsCostsAndTheQualityPathFitsOnlyQualityCauses() {
        ComplaintNumber n = f.receive().number();
        f.toResolving(n, Cause.REPAIR_WORK);
        f.desk.recordCosts(new ComplaintCommand.RecordCosts(n, WANG,
                List.of(new Cost(CostType.REPAIR, Money.ofYuan("100.00"), "workshop"))));
        storesNothing(n, () -> f.desk.reviewFinance(new ComplaintCommand.ReviewFinance(n, WANG)),
                e -> assertThat(e).isInstanceOfSatisfying(BusinessRuleException.class,
                        x -> assertThat(x.rule()).isEqualTo("complaint.notFinance")));
        assertThat(f.desk.reviewFinance(new ComplaintCommand.ReviewFinance(n, MA)).quality().financeReviewed()).isTrue();
        storesNothing(n, () -> f.desk.recordNonQuality(new ComplaintCommand.RecordNonQuality(n, WANG, "x", "y", null,
                List.of())), e -> assertThat(e).isInstanceOfSatisfying(BusinessRuleException.class,
                        x -> assertThat(x.rule()).isEqualTo("complaint.wrongPath")));
    }

    @Test
    void K8_aRemedyStatesItsAmountOrItsRepairOrder() {
        assertThatThrownBy(() -> new Remedy(RemedyKind.REFUND, null, Fixture.RO, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code).containsExactly(tuple("amount",
                                "complaint.remedyAmount")));
        assertThatThrownBy(() -> new Remedy(RemedyKind.REPLACE, null, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("complaint.remedyLink"));
        assertThat(Remedy.by(RemedyKind.REDO, Fixture.RO).repairOrder()).isEqualTo(Fixture.RO);
        assertThat(RemedyKind.values()).extracting(RemedyKind::code).containsExactly("repair", "redo", "replace",
                "return", "make-up-quantity", "refund", "compensate");
    }

    @Test
    void K1_badIntakeListsEveryViolationAndBurnsNoNumber() {
        assertThatThrownBy(() -> f.desk.receive(new ComplaintCommand.Receive(WANG, null,
                Links.customer(CustomerId.of("C-9")), " ", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path, Violation::code)
                            .containsExactly(tuple("channel", "NotNull"), tuple("words", "NotBlank"));
                    e.violations().forEach(v -> bilingual(v.message()));
                });
        assertThatThrownBy(() -> f.desk.receive(new ComplaintCommand.Receive(org.aftersales.core.id.StaffId.of("nobody"),
                IntakeChannel.PHONE, Links.customer(CustomerId.of("C-9")), "Rude", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code).containsExactly(tuple("by",
                                "complaint.unknownStaff")));
        assertThatThrownBy(() -> f.desk.classify(new ComplaintCommand.Classify(ComplaintNumber.of("CP-2026-000001"),
                WANG, Cause.PRICE, Severity.LOW, "Not A Code")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path, Violation::code)
                            .containsExactly(tuple("category", "complaint.category"));
                    bilingual(e.violations().get(0).message());
                });
        assertThat(f.storage.events().since(0, 10)).extracting(StoredEvent::event).isEmpty();
        assertThat(f.desk.trackingLog().entries()).isEmpty();
        assertThat(f.receive().number().value()).isEqualTo("CP-2026-000001");
    }
}
