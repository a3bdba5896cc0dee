package org.aftersales.core.internal.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.id.AssessmentId;
import org.aftersales.core.scoring.Assessment;
import org.aftersales.core.scoring.AssessmentPeriod;
import org.aftersales.core.scoring.Subject;
import org.aftersales.core.scoring.spi.AssessmentStore;

/** The default assessment store: in memory, thread-safe through one lock, insertion ordered. */
public final class InMemoryAssessmentStore implements AssessmentStore {

    private final Map<AssessmentId, Assessment> byId = new LinkedHashMap<>();

    @Override
    public synchronized void add(Assessment assessment) {
        boolean clash = byId.containsKey(assessment.id()) || byId.values().stream().anyMatch(a -> a.catalogue().equals(assessment.catalogue())
                && a.period().equals(assessment.period())
                && a.subject().sameAs(assessment.subject()));
        if (clash) {
            throw new BusinessRuleException(
                    "scoring.assessment.exists",
                    ScoringMessages.MESSAGES.text("scoring.assessment.exists",
                            assessment.id(), assessment.subject().id().value(), assessment.period()),
                    null);
        }
        byId.put(assessment.id(), assessment);
    }

    @Override
    public synchronized Optional<Assessment> find(AssessmentId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<Assessment> forSubject(Subject subject, String catalogue) {
        List<Assessment> out = new ArrayList<>();
        byId.values().stream()
                .filter(a -> a.catalogue().equals(catalogue) && a.subject().sameAs(subject))
                .sorted(Comparator.comparing(Assessment::period))
                .forEach(out::add);
        return List.copyOf(out);
    }

    @Override
    public synchronized List<Assessment> forPeriod(String catalogue, AssessmentPeriod period) {
        return byId.values().stream()
                .filter(a -> a.catalogue().equals(catalogue) && a.period().equals(period))
                .toList();
    }
}
