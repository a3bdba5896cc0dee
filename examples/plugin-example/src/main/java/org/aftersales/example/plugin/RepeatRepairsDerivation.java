package org.aftersales.example.plugin;

import java.util.Map;
import java.util.Set;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.scoring.Outcome;
import org.aftersales.core.scoring.spi.DerivationInput;
import org.aftersales.core.scoring.spi.DerivedResult;
import org.aftersales.core.scoring.spi.ItemDerivation;

/**
 * A vendor's own derived scoring item (S3): "at most so many repeat repairs in the period". A
 * catalogue item with evidence {@code DERIVED} names the kind {@value #KIND} and gives the event
 * type that marks a repeat repair ({@code event}) and the most allowed ({@code at-most}); the
 * item passes when the subject caused no more such events in the period. Found through
 * {@code provides} on the module path and {@code META-INF/services} on the class path.
 */
public final class RepeatRepairsDerivation implements ItemDerivation {

    /** The kind catalogues name. */
    public static final String KIND = "acme-repeat-repairs";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void checkSettings(Map<String, String> settings, Violations problems) {
        for (String name : settings.keySet()) {
            if (!Set.of("event", "at-most").contains(name)) {
                problems.add(name, "scoring.setting.unknown", name);
            }
        }
        String event = settings.get("event");
        if (event == null || event.isBlank()) {
            problems.add("event", "required");
        }
        String most = settings.get("at-most");
        if (most == null || !most.matches("\\d{1,6}")) {
            problems.add("at-most", "required");
        }
    }

    @Override
    public DerivedResult derive(DerivationInput in) {
        String event = in.settings().get("event");
        int atMost = Integer.parseInt(in.settings().get("at-most"));
        long count = in.events().stream()
                .filter(e -> e.type().equals(event) && in.inPeriod(e) && in.causedBySubject(e))
                .count();
        LocalizedText evidence = new LocalizedText(count + " repeat repairs (" + event + "), at most " + atMost + " allowed.",
                count + " 次返修（" + event + "），最多允许 " + atMost + " 次。");
        return DerivedResult.of(count <= atMost ? Outcome.PASSED : Outcome.FAILED, evidence);
    }
}
