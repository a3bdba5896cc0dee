package org.aftersales.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** K3: the module's definition of the six steps, as the engine sees it. */
class ComplaintFlowTest {

    @Test
    void K3_theStepsFollowOneAnotherInOrderAndCloseEndsIt() {
        assertThat(ComplaintFlow.DEFINITION.name()).isEqualTo("complaint");
        assertThat(ComplaintFlow.DEFINITION.initialStates()).containsExactly(Stage.LISTENING);
        assertThat(ComplaintFlow.DEFINITION.finalStates()).containsExactly(Stage.CLOSED);
        assertThat(ComplaintFlow.DEFINITION.eventsFrom(Stage.LISTENING))
                .containsExactlyInAnyOrder(Step.LISTEN, Step.EMERGENCY_MEASURE);
        assertThat(ComplaintFlow.DEFINITION.eventsFrom(Stage.ANALYSING))
                .containsExactlyInAnyOrder(Step.ANALYSE, Step.EMERGENCY_MEASURE);
        assertThat(ComplaintFlow.DEFINITION.eventsFrom(Stage.FINDING_SOLUTION))
                .containsExactlyInAnyOrder(Step.FIND_SOLUTION, Step.EMERGENCY_MEASURE);
        assertThat(ComplaintFlow.DEFINITION.eventsFrom(Stage.RESOLVING))
                .containsExactlyInAnyOrder(Step.RESOLVE, Step.EMERGENCY_MEASURE);
        assertThat(ComplaintFlow.DEFINITION.eventsFrom(Stage.REVIEWING))
                .containsExactlyInAnyOrder(Step.REVIEW, Step.EMERGENCY_MEASURE, Step.CLOSE);
        assertThat(ComplaintFlow.DEFINITION.eventsFrom(Stage.CLOSED)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void K3_anEmergencyMeasureMayBeTakenAtAnyStageBeforeClosingAndKeepsTheStage(Stage stage) {
        Fixture f = new Fixture("2026-11-23T09:00");
        Complaint c = f.receive();
        Complaint at = new Complaint(c.number(), c.channel(), c.receivedBy(), c.receivedAt(), c.owner(), null,
                c.links(), c.words(), null, null, c.severity(), null, null, stage, c.status(), c.history(),
                c.steps(), null, null, null, null, c.remedies(), null, null, null, null, c.due(), c.missed(), false);
        assertThat(ComplaintFlow.DEFINITION.fire(stage, Step.EMERGENCY_MEASURE, at).accepted()).isTrue();
        assertThat(ComplaintFlow.DEFINITION.fireOrThrow(stage, Step.EMERGENCY_MEASURE, at).to()).isEqualTo(stage);
    }

    @Test
    void K3_theDiagramShowsEveryStageAndStep() {
        String mermaid = ComplaintFlow.DEFINITION.toMermaid();
        for (Stage s : EnumSet.allOf(Stage.class)) {
            assertThat(mermaid).contains(s.name());
        }
        for (Step s : EnumSet.allOf(Step.class)) {
            assertThat(mermaid).contains(s.name());
        }
    }
}
