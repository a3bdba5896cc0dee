package org.aftersales.core.statemachine;

import static org.aftersales.core.statemachine.RepairOrderFlow.DEFINITION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.aftersales.core.error.IllegalTransitionException.RefusingGuard;
import org.aftersales.core.error.IllegalTransitionException;
import org.aftersales.core.fixtures.RepairOrderGraph.Move;
import org.aftersales.core.fixtures.RepairOrderGraph.Step;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.statemachine.RepairOrderFlow.Order;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RepairOrderLifecycleTest {

    /** A legal walk: where it starts, how the order is set up, the moves and where it ends. */
    record Walk(String name, Step start, Consumer<Order> setUp, List<Move> moves, Step end) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Move> REPAIR = List.of(Move.DIAGNOSE, Move.ESTIMATE, Move.APPROVE, Move.DISPATCH,
            Move.START_REPAIR);

    static List<Walk> walks() {
        List<Walk> w = new ArrayList<>();
        w.add(new Walk("booked appointment with extra work approved and a wash", Step.APPOINTMENT_BOOKED, o -> { },
                concat(List.of(Move.CONFIRM, Move.CHECK_IN), REPAIR, List.of(Move.FIND_ADDITIONAL_WORK,
                        Move.APPROVE_ADDITIONAL_WORK, Move.FINISH_REPAIR, Move.SEND_PICKUP_NOTICE,
                        Move.PASS_QUALITY_CHECK, Move.SEND_PICKUP_NOTICE, Move.FINISH_WASHING, Move.SETTLE,
                        Move.DELIVER, Move.FOLLOW_UP, Move.CLOSE)),
                Step.CLOSED));
        w.add(new Walk("walk-in, extra work declined, failed check, no wash, rework", Step.CHECKED_IN,
                o -> o.washAccepted = false,
                concat(REPAIR, List.of(Move.FIND_ADDITIONAL_WORK, Move.DECLINE_ADDITIONAL_WORK, Move.FINISH_REPAIR,
                        Move.FAIL_QUALITY_CHECK, Move.FINISH_REPAIR, Move.PASS_QUALITY_CHECK, Move.SETTLE,
                        Move.DELIVER, Move.FOLLOW_UP, Move.REQUEST_REWORK), REPAIR, List.of(Move.FINISH_REPAIR,
                        Move.PASS_QUALITY_CHECK, Move.SETTLE, Move.DELIVER, Move.FOLLOW_UP, Move.CLOSE)),
                Step.CLOSED));
        w.add(new Walk("arrives without confirming", Step.APPOINTMENT_BOOKED, o -> { },
                List.of(Move.CHECK_IN, Move.DIAGNOSE), Step.DIAGNOSED));
        w.add(new Walk("no-show after booking", Step.APPOINTMENT_BOOKED, o -> { }, List.of(Move.NO_SHOW),
                Step.NO_SHOW));
        w.add(new Walk("no-show after confirming", Step.APPOINTMENT_BOOKED, o -> { },
                List.of(Move.CONFIRM, Move.NO_SHOW), Step.NO_SHOW));
        w.add(new Walk("cancelled when booked", Step.APPOINTMENT_BOOKED, o -> { }, List.of(Move.CANCEL),
                Step.CANCELLED));
        w.add(new Walk("cancelled when confirmed", Step.APPOINTMENT_BOOKED, o -> { },
                List.of(Move.CONFIRM, Move.CANCEL), Step.CANCELLED));
        w.add(new Walk("cancelled at reception", Step.CHECKED_IN, o -> { }, List.of(Move.CANCEL), Step.CANCELLED));
        w.add(new Walk("cancelled after diagnosis", Step.CHECKED_IN, o -> { }, List.of(Move.DIAGNOSE, Move.CANCEL),
                Step.CANCELLED));
        w.add(new Walk("estimate turned down", Step.CHECKED_IN, o -> { },
                List.of(Move.DIAGNOSE, Move.ESTIMATE, Move.CANCEL), Step.CANCELLED));
        return w;
    }

    @SafeVarargs
    static <T> List<T> concat(List<T>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }

    static Stream<Arguments> walkArguments() {
        return walks().stream().map(Arguments::of);
    }

    static Step walk(Walk walk, Order order, Set<Transition<Step, Move>> taken) {
        Step state = walk.start();
        for (Move move : walk.moves()) {
            FireResult<Step, Move> result = DEFINITION.fire(state, move, order);
            assertThat(result.accepted()).as("%s in %s: %s", move, state, result).isTrue();
            Transition<Step, Move> t = result.orThrow();
            assertThat(t.from()).isEqualTo(state);
            assertThat(t.event()).isEqualTo(move);
            taken.add(t);
            state = t.to();
        }
        return state;
    }

    @ParameterizedTest(name = "F1 {0}")
    @MethodSource("walkArguments")
    void F1_legalWalkReachesItsEnd(Walk walk) {
        Order order = new Order();
        walk.setUp().accept(order);
        Step end = walk(walk, order, new HashSet<>());
        assertThat(end).isEqualTo(walk.end());
        assertThat(order.log).hasSize(walk.moves().size());
    }

    @Test
    void F1_theWalksTakeEveryTransitionOfTheGraph() {
        Set<Transition<Step, Move>> taken = new HashSet<>();
        for (Walk w : walks()) {
            Order order = new Order();
            w.setUp().accept(order);
            walk(w, order, taken);
        }
        assertThat(taken).containsExactlyInAnyOrderElementsOf(DEFINITION.transitions());
    }

    @Test
    void F1_walkInsAndBookingsAreTheOnlyStarts() {
        assertThat(DEFINITION.initialStates()).containsExactlyInAnyOrder(Step.APPOINTMENT_BOOKED, Step.CHECKED_IN);
        assertThat(DEFINITION.finalStates()).containsExactlyInAnyOrder(Step.CLOSED, Step.CANCELLED, Step.NO_SHOW);
    }

    @Nested
    class IllegalMoves {

        @Test
        void F1_everyMoveWithoutATransitionIsRefusedNamingStateEventAndAllowedEvents() {
            Order order = new Order();
            int refused = 0;
            for (Step state : Step.values()) {
                for (Move move : Move.values()) {
                    if (DEFINITION.eventsFrom(state).contains(move)) {
                        continue;
                    }
                    FireResult<Step, Move> result = DEFINITION.fire(state, move, order);
                    assertThat(result).isInstanceOf(Refusal.class);
                    Refusal<Step, Move> refusal = (Refusal<Step, Move>) result;
                    assertThat(refusal.state()).isEqualTo(state);
                    assertThat(refusal.event()).isEqualTo(move);
                    assertThat(refusal.refusingGuards()).isEmpty();
                    assertThat(refusal.allowedEvents()).containsExactlyElementsOf(DEFINITION.eventsFrom(state));
                    assertThat(refusal.reason().en()).contains(state.name(), move.name());
                    assertThat(refusal.reason().zh()).contains(state.name(), move.name(), "状态");
                    refused++;
                }
            }
            assertThat(order.log).isEmpty();
            assertThat(refused).isEqualTo(Step.values().length * Move.values().length
                    - DEFINITION.transitions().stream().map(t -> t.from() + "/" + t.event()).distinct().count());
        }

        @Test
        void F1_repairCannotStartBeforeTheEstimateIsApproved() {
            Refusal<Step, Move> r = (Refusal<Step, Move>) DEFINITION.fire(Step.ESTIMATED, Move.DISPATCH, new Order());
            assertThat(r.reason().en()).isEqualTo("Event DISPATCH is not allowed in state ESTIMATED: no transition "
                    + "leaves ESTIMATED on DISPATCH. Allowed now: CANCEL, APPROVE.");
            assertThat(r.reason().zh()).isEqualTo("状态 ESTIMATED 下不能处理事件 DISPATCH：没有从 ESTIMATED 经 DISPATCH 出发的转换。"
                    + "当前可用事件：CANCEL、APPROVE。");
        }

        @Test
        void F1_finalStatesAcceptNothing() {
            for (Step end : DEFINITION.finalStates()) {
                assertThat(DEFINITION.eventsFrom(end)).isEmpty();
                for (Move move : Move.values()) {
                    Refusal<Step, Move> r = (Refusal<Step, Move>) DEFINITION.fire(end, move, new Order());
                    assertThat(r.allowedEvents()).isEmpty();
                    assertThat(r.reason().en()).endsWith("No event is allowed now.");
                }
            }
        }
    }

    @Nested
    class Guards {

        @Test
        void F1_unsignedEstimateIsRefusedByItsGuardAndNoActionRuns() {
            Order order = new Order();
            order.estimateSigned = false;
            FireResult<Step, Move> result = DEFINITION.fire(Step.ESTIMATED, Move.APPROVE, order);

            assertThat(result.accepted()).isFalse();
            assertThat(result.state()).isEqualTo(Step.ESTIMATED);
            Refusal<Step, Move> r = (Refusal<Step, Move>) result;
            assertThat(r.refusingGuards()).containsExactly(new RefusingGuard("estimate-signed",
                    "repair-order.estimate-unsigned",
                    new LocalizedText("The customer has not signed the estimate.", "客户尚未在估价单上签字。")));
            assertThat(r.allowedEvents()).containsExactly(Move.CANCEL);
            assertThat(r.reason().en()).isEqualTo("Event APPROVE is not allowed in state ESTIMATED now. Refused by "
                    + "estimate-signed: The customer has not signed the estimate. Allowed now: CANCEL.");
            assertThat(r.reason().zh()).isEqualTo("状态 ESTIMATED 下目前不能处理事件 APPROVE。"
                    + "拒绝条件：estimate-signed：客户尚未在估价单上签字。当前可用事件：CANCEL。");
            assertThat(order.log).isEmpty();
        }

        @Test
        void F1_fireOrThrowCarriesStateEventAllowedEventsAndRefusingGuards() {
            Order order = new Order();
            order.paid = false;
            assertThatThrownBy(() -> DEFINITION.fireOrThrow(Step.READY_FOR_PICKUP, Move.SETTLE, order))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.code()).isEqualTo("illegal-transition");
                        assertThat(e.state()).isEqualTo(Step.READY_FOR_PICKUP);
                        assertThat(e.event()).isEqualTo(Move.SETTLE);
                        assertThat(e.allowedEvents()).isEmpty();
                        assertThat(e.refusingGuards()).extracting(RefusingGuard::guard, RefusingGuard::code)
                                .containsExactly(tuple("paid", "repair-order.unpaid"));
                        assertThat(e.getMessage()).contains("READY_FOR_PICKUP", "SETTLE", "The bill is not paid.");
                        assertThat(e.text().zh()).contains("费用尚未结清");
                    });
            assertThat(order.log).isEmpty();
        }

        @Test
        void F1_washHappensOnlyIfTheCustomerAcceptsIt() {
            Order accepts = new Order();
            Order declines = new Order();
            declines.washAccepted = false;
            assertThat(DEFINITION.fire(Step.QUALITY_CHECK, Move.PASS_QUALITY_CHECK, accepts).state())
                    .isEqualTo(Step.WASHING);
            assertThat(DEFINITION.fire(Step.QUALITY_CHECK, Move.PASS_QUALITY_CHECK, declines).state())
                    .isEqualTo(Step.READY_FOR_PICKUP);
        }

        @Test
        void F1_pickUpNoticeMayGoOutDuringQualityCheckAndWashingWithoutMovingTheOrder() {
            for (Step s : List.of(Step.QUALITY_CHECK, Step.WASHING)) {
                Transition<Step, Move> t = DEFINITION.fireOrThrow(s, Move.SEND_PICKUP_NOTICE, new Order());
                assertThat(t.staysInState()).isTrue();
                assertThat(t.to()).isEqualTo(s);
            }
            assertThat(DEFINITION.fire(Step.IN_REPAIR, Move.SEND_PICKUP_NOTICE, new Order()).accepted()).isFalse();
        }

        @Test
        void F1_actionsRunOnlyAfterEveryGuardPassed() {
            List<String> seen = new ArrayList<>();
            StateMachineDefinition<Probe, Move, Order> d = StateMachineDefinition
                    .builder("probe", Probe.class, Move.class, Order.class)
                    .initial(Probe.ESTIMATED).finals(Probe.APPROVED)
                    .from(Probe.ESTIMATED).on(Move.APPROVE).to(Probe.APPROVED)
                        .action((t, o) -> seen.add("action"))
                        .guard("first", o -> {
                            seen.add("first");
                            return GuardResult.allowed();
                        })
                        .guard("second", o -> {
                            seen.add("second");
                            return o.estimateSigned ? GuardResult.allowed() : GuardResult.refused("no", ESTIMATE_TEXT);
                        })
                    .build();
            Order unsigned = new Order();
            unsigned.estimateSigned = false;
            assertThat(d.fire(Probe.ESTIMATED, Move.APPROVE, unsigned).accepted()).isFalse();
            assertThat(seen).isNotEmpty().doesNotContain("action");
            seen.clear();
            assertThat(d.fire(Probe.ESTIMATED, Move.APPROVE, new Order()).accepted()).isTrue();
            assertThat(seen).containsExactly("first", "second", "action");
        }
    }

    static final LocalizedText ESTIMATE_TEXT = new LocalizedText("unsigned", "未签字");

    enum Probe { ESTIMATED, APPROVED }

    @Nested
    class Introspection {

        @Test
        void F1_allowedEventsExplainEachRefusedOne() {
            AllowedEvents<Step, Move> options = DEFINITION.allowedEvents(Step.ESTIMATED, Order.refusingEverything());
            assertThat(options.allowed()).containsExactly(Move.CANCEL);
            assertThat(options.refused()).containsOnlyKeys(Move.APPROVE);
            assertThat(options.refused().get(Move.APPROVE)).extracting(RefusingGuard::guard)
                    .containsExactly("estimate-signed");
            assertThat(options.isAllowed(Move.APPROVE)).isFalse();
        }

        @Test
        void F1_unguardedFallbackKeepsAnEventAllowedWhenTheGuardedAlternativeRefuses() {
            AllowedEvents<Step, Move> options = DEFINITION.allowedEvents(Step.QUALITY_CHECK, Order.refusingEverything());
            assertThat(options.allowed()).containsExactly(Move.PASS_QUALITY_CHECK, Move.FAIL_QUALITY_CHECK,
                    Move.SEND_PICKUP_NOTICE);
            assertThat(options.refused()).isEmpty();
        }

        @Test
        void F1_acceptedFireReturnsTheTransitionBuiltWithTheDefinition() {
            Transition<Step, Move> first = DEFINITION.fireOrThrow(Step.CHECKED_IN, Move.DIAGNOSE, new Order());
            Transition<Step, Move> second = DEFINITION.fireOrThrow(Step.CHECKED_IN, Move.DIAGNOSE, new Order());
            assertThat(second).isSameAs(first).isIn(DEFINITION.transitions());
        }
    }
}
