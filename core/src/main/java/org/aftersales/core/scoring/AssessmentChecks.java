package org.aftersales.core.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.aftersales.core.error.Violations;
import org.aftersales.core.plugin.PluginHost;
import org.aftersales.core.scoring.spi.ItemDerivation;

/** Checks an assessment's observations, and a catalogue's derivations, listing every problem. */
final class AssessmentChecks {

    private AssessmentChecks() {
    }

    /**
     * Checks the observations against the catalogue: every item known, applying to the
     * subject, observed (not derived), given once, partial points below the item's points;
     * and every applicable observed item given.
     *
     * @param v the collector
     * @param catalogue the catalogue
     * @param subject who is assessed
     * @param observations the observations, in command order
     */
    public static void observations(Violations v, Catalogue catalogue, Subject subject, java.util.List<ItemResult> observations) {
        Map<ItemCode, StandardItem> applicable = catalogue.applicableTo(subject);
        Map<ItemCode, Integer> seen = new HashMap<>();
        for (int i = 0; i < observations.size(); i++) {
            ItemResult r = observations.get(i);
            String path = "observations[" + i + "]";
            Integer first = seen.putIfAbsent(r.item(), i);
            if (first != null) {
                v.add(path + ".item", "scoring.observation.duplicate", r.item(), first);
                continue;
            }
            StandardItem item = catalogue.item(r.item()).orElse(null);
            if (item == null) {
                v.add(path + ".item", "scoring.item.unknown", r.item(), catalogue.code());
            } else if (!applicable.containsKey(r.item())) {
                v.add(path + ".item", "scoring.item.notForSubject", r.item(), subject.kind(), subject.id().value());
            } else if (item.evidence() == EvidenceSource.DERIVED) {
                v.add(path + ".item", "scoring.item.derived", r.item());
            } else if (r.outcome() == Outcome.PARTLY_MET && r.awarded() != null
                    && r.awarded().compareTo(BigDecimal.valueOf(item.points())) >= 0) {
                v.add(path + ".awarded", "scoring.awarded.range", r.awarded().toPlainString(), item.points());
            }
        }
        applicable.values().stream()
                .filter(i -> i.evidence() == EvidenceSource.OBSERVED && !seen.containsKey(i.code()))
                .forEach(i -> v.add("observations", "scoring.observation.missing", i.code()));
    }

    /**
     * Checks that every derived item of a catalogue names a known derivation with settings it
     * accepts.
     *
     * @param v the collector
     * @param prefix the path of the catalogue ({@code ""} for a document)
     * @param catalogue the catalogue
     * @param derivations the derivations available
     */
    public static void derivations(Violations v, String prefix, Catalogue catalogue, ItemDerivations derivations) {
        for (int s = 0; s < catalogue.sections().size(); s++) {
            var items = catalogue.sections().get(s).items();
            for (int i = 0; i < items.size(); i++) {
                StandardItem item = items.get(i);
                if (item.derivation() != null) {
                    String path = prefix + "sections[" + s + "].items[" + i + "].derivation";
                    derivation(v, path, item.derivation().kind(), item.derivation().settings(), derivations);
                }
            }
        }
    }

    /**
     * Checks one derivation's kind is known and its settings accepted.
     *
     * @param v the collector
     * @param path the derivation's path
     * @param kind its kind
     * @param settings its settings
     * @param derivations the derivations available
     */
    public static void derivation(
            Violations v, String path, String kind, Map<String, String> settings, ItemDerivations derivations) {
        ItemDerivation d = derivations.find(kind).orElse(null);
        if (d == null) {
            v.add(path + ".kind", "scoring.derivation.unknown", kind, String.join(", ", derivations.kinds()));
            return;
        }
        Violations own = ScoringMessages.violations();
        PluginHost.call(d, derivation -> {
            derivation.checkSettings(settings, own);
            return null;
        });
        own.list().forEach(p -> v.add(path + ".settings" + (p.path().isEmpty() ? "" : "." + p.path()), p.code(), p.message()));
    }
}
