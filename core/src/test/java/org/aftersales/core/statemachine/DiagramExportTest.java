package org.aftersales.core.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import org.aftersales.core.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

class DiagramExportTest {

    enum Door { OPEN, CLOSED, LOCKED, REMOVED }

    enum Use { SHUT, OPEN_UP, LOCK, UNLOCK, KNOCK, REMOVE }

    record Key(boolean fits) {
    }

    static final StateMachineDefinition<Door, Use, Key> DOOR = StateMachineDefinition
            .builder("door", Door.class, Use.class, Key.class)
            .initial(Door.OPEN)
            .finals(Door.REMOVED)
            .from(Door.OPEN).on(Use.SHUT).to(Door.CLOSED)
            .from(Door.CLOSED).on(Use.OPEN_UP).to(Door.OPEN)
            .from(Door.CLOSED).on(Use.LOCK).to(Door.LOCKED)
                .guard("key-fits", Guard.require(Key::fits, "door.key", new LocalizedText("Wrong key.", "钥匙不对。")))
            .from(Door.LOCKED).on(Use.UNLOCK).to(Door.CLOSED)
                .guard("key-fits", Guard.require(Key::fits, "door.key", new LocalizedText("Wrong key.", "钥匙不对。")))
                .guard("not-jammed", k -> GuardResult.allowed())
            .from(Door.LOCKED).on(Use.KNOCK).stay()
            .from(Door.OPEN).on(Use.REMOVE).to(Door.REMOVED)
            .build();

    @Test
    void C6_mermaidShowsStartsEventsGuardsAndEnds() {
        assertThat(DOOR.toMermaid()).isEqualTo("""
                stateDiagram-v2
                    [*] --> OPEN
                    OPEN --> CLOSED : SHUT
                    CLOSED --> OPEN : OPEN_UP
                    CLOSED --> LOCKED : LOCK [key-fits]
                    LOCKED --> CLOSED : UNLOCK [key-fits, not-jammed]
                    LOCKED --> LOCKED : KNOCK
                    OPEN --> REMOVED : REMOVE
                    REMOVED --> [*]
                """);
    }

    @Test
    void C6_dotShowsStartsEventsGuardsAndEnds() {
        assertThat(DOOR.toDot()).isEqualTo("""
                digraph "door" {
                    rankdir=LR;
                    node [shape=box, style=rounded];
                    "[*]" [shape=point];
                    "OPEN";
                    "CLOSED";
                    "LOCKED";
                    "REMOVED" [peripheries=2];
                    "[*]" -> "OPEN";
                    "OPEN" -> "CLOSED" [label="SHUT"];
                    "CLOSED" -> "OPEN" [label="OPEN_UP"];
                    "CLOSED" -> "LOCKED" [label="LOCK [key-fits]"];
                    "LOCKED" -> "CLOSED" [label="UNLOCK [key-fits, not-jammed]"];
                    "LOCKED" -> "LOCKED" [label="KNOCK"];
                    "OPEN" -> "REMOVED" [label="REMOVE"];
                }
                """);
    }

    @Test
    void C6_repairOrderExportsNameEveryStateAndEveryTransition() {
        complete(RepairOrderFlow.DEFINITION);
    }

    @Test
    void C6_complaintExportsNameEveryStateAndEveryTransition() {
        complete(ComplaintFlow.DEFINITION);
    }

    private static <S extends Enum<S>, E extends Enum<E>> void complete(StateMachineDefinition<S, E, ?> d) {
        String mermaid = d.toMermaid();
        String dot = d.toDot();
        assertThat(mermaid).startsWith("stateDiagram-v2\n");
        assertThat(dot).startsWith("digraph \"" + d.name() + "\" {\n").endsWith("}\n");
        for (S s : d.states()) {
            assertThat(mermaid).contains(" " + s.name() + " ");
            assertThat(dot).contains("    \"" + s.name() + "\"");
        }
        for (S s : d.initialStates()) {
            assertThat(mermaid).contains("    [*] --> " + s.name() + "\n");
            assertThat(dot).contains("    \"[*]\" -> \"" + s.name() + "\";\n");
        }
        for (S s : d.finalStates()) {
            assertThat(mermaid).contains("    " + s.name() + " --> [*]\n");
            assertThat(dot).contains("    \"" + s.name() + "\" [peripheries=2];\n");
        }
        for (Transition<S, E> t : d.transitions()) {
            String label = t.event().name() + (t.guards().isEmpty() ? "" : " [" + String.join(", ", t.guards()) + "]");
            assertThat(mermaid).contains("    " + t.from().name() + " --> " + t.to().name() + " : " + label + "\n");
            assertThat(dot).contains("    \"" + t.from().name() + "\" -> \"" + t.to().name() + "\" [label=\"" + label
                    + "\"];\n");
        }
        long arrows = mermaid.lines().filter(l -> l.contains("-->")).count();
        assertThat(arrows).isEqualTo(d.transitions().size() + d.initialStates().size() + d.finalStates().size());
        long edges = dot.lines().filter(l -> l.contains("->")).count();
        assertThat(edges).isEqualTo(d.transitions().size() + d.initialStates().size());
    }
}
