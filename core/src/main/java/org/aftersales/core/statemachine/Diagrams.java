package org.aftersales.core.statemachine;

import java.util.List;
import java.util.Set;

/** Writes a state machine's graph as Mermaid and as Graphviz DOT text. */
final class Diagrams {

    private Diagrams() {
    }

    /**
     * The graph as a Mermaid {@code stateDiagram-v2}.
     *
     * @param states every state, in the order to list them
     * @param initial the initial states
     * @param finals the final states
     * @param transitions every transition, in declaration order
     * @return the diagram
     */
    public static String mermaid(List<? extends Enum<?>> states, Set<? extends Enum<?>> initial,
            Set<? extends Enum<?>> finals, List<? extends Transition<?, ?>> transitions) {
        StringBuilder out = new StringBuilder("stateDiagram-v2\n");
        for (Enum<?> s : states) {
            if (initial.contains(s)) {
                out.append("    [*] --> ").append(s.name()).append('\n');
            }
        }
        for (Transition<?, ?> t : transitions) {
            out.append("    ").append(t.from().name()).append(" --> ").append(t.to().name())
                    .append(" : ").append(label(t).replace(':', ' ')).append('\n');
        }
        for (Enum<?> s : states) {
            if (finals.contains(s)) {
                out.append("    ").append(s.name()).append(" --> [*]\n");
            }
        }
        return out.toString();
    }

    /**
     * The graph as a Graphviz DOT digraph.
     *
     * @param name the graph's name
     * @param states every state, in the order to list them
     * @param initial the initial states
     * @param finals the final states
     * @param transitions every transition, in declaration order
     * @return the diagram
     */
    public static String dot(String name, List<? extends Enum<?>> states, Set<? extends Enum<?>> initial,
            Set<? extends Enum<?>> finals, List<? extends Transition<?, ?>> transitions) {
        StringBuilder out = new StringBuilder();
        out.append("digraph ").append(quote(name)).append(" {\n");
        out.append("    rankdir=LR;\n");
        out.append("    node [shape=box, style=rounded];\n");
        out.append("    \"[*]\" [shape=point];\n");
        for (Enum<?> s : states) {
            out.append("    ").append(quote(s.name()));
            out.append(finals.contains(s) ? " [peripheries=2];\n" : ";\n");
        }
        for (Enum<?> s : states) {
            if (initial.contains(s)) {
                out.append("    \"[*]\" -> ").append(quote(s.name())).append(";\n");
            }
        }
        for (Transition<?, ?> t : transitions) {
            out.append("    ").append(quote(t.from().name())).append(" -> ").append(quote(t.to().name()))
                    .append(" [label=").append(quote(label(t))).append("];\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static String label(Transition<?, ?> t) {
        return t.guards().isEmpty() ? t.event().name() : t.event().name() + " [" + String.join(", ", t.guards()) + "]";
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
