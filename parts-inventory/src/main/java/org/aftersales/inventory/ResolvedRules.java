package org.aftersales.inventory;

import java.util.List;
import org.aftersales.inventory.spi.PlacementRule;

/**
 * A rule set resolved against a catalogue: the hard rules to pass and the soft rules with
 * their weights. Immutable.
 *
 * @param name the rule set name
 * @param hard the hard rules
 * @param soft the soft rules
 * @param weights the weight of each soft rule, by index
 */
record ResolvedRules(String name, List<PlacementRule> hard, List<PlacementRule> soft, double[] weights) {

    /** Copies the inputs. */
    public ResolvedRules {
        hard = List.copyOf(hard);
        soft = List.copyOf(soft);
        weights = weights.clone();
    }

    /** @return the sum of the soft weights */
    public double totalWeight() {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResolvedRules r && r.name.equals(name) && r.hard.equals(hard) && r.soft.equals(soft)
                && java.util.Arrays.equals(r.weights, weights);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "ResolvedRules[" + name + "]";
    }
}
