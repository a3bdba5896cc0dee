package org.aftersales.core.scoring;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.id.AssessmentId;
import org.aftersales.core.scoring.spi.AssessmentStore;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Index;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;

/**
 * Assessments kept in a {@link Storage} (C7): the aggregate type {@code assessment} with an
 * index by catalogue and period and one by subject and catalogue. One assessment per subject,
 * catalogue and period is enforced by a second aggregate, a slot whose id is derived from
 * that triple and which is saved as new in the same unit of work: two concurrent recordings
 * of the same triple cannot both commit, on any store that honours versions.
 */
final class StoredAssessments implements AssessmentStore {

    /** Claims the subject, catalogue and period of one assessment. */
    record Slot(AssessmentId id, AssessmentId assessment) implements Aggregate<AssessmentId> {
    }

    static final Index<Assessment, String> BY_PERIOD =
            Index.exact("catalogue-period", a -> a.catalogue() + "|" + a.period());
    static final Index<Assessment, String> BY_SUBJECT =
            Index.exact("subject-catalogue", a -> subjectKey(a.subject(), a.catalogue()));
    static final AggregateType<AssessmentId, Assessment> ASSESSMENTS =
            AggregateType.of("assessment", AssessmentId.class, Assessment.class)
                    .withIndex(BY_PERIOD)
                    .withIndex(BY_SUBJECT);
    static final AggregateType<AssessmentId, Slot> SLOTS =
            AggregateType.of("assessment-slot", AssessmentId.class, Slot.class);

    private final Storage storage;
    private final Repository<AssessmentId, Assessment> assessments;

    /**
     * Keeps assessments in a storage.
     *
     * @param storage the storage
     */
    public StoredAssessments(Storage storage) {
        this.storage = storage;
        this.assessments = storage.repository(ASSESSMENTS);
    }

    @Override
    public void add(Assessment assessment) {
        try {
            storage.run(work -> {
                work.repository(SLOTS).save(new Slot(slotOf(assessment), assessment.id()), Versioned.NEW);
                work.repository(ASSESSMENTS).save(assessment, Versioned.NEW);
            });
        } catch (ConcurrentUpdateException e) {
            throw new BusinessRuleException("scoring.assessment.exists",
                    ScoringMessages.MESSAGES.text("scoring.assessment.exists",
                            assessment.id(), assessment.subject().id().value(), assessment.period()),
                    null);
        }
    }

    @Override
    public Optional<Assessment> find(AssessmentId id) {
        return assessments.find(id).map(Versioned::value);
    }

    @Override
    public List<Assessment> forSubject(Subject subject, String catalogue) {
        return assessments.findBy(BY_SUBJECT, subjectKey(subject, catalogue)).stream()
                .map(Versioned::value)
                .sorted(Comparator.comparing(Assessment::period))
                .toList();
    }

    @Override
    public List<Assessment> forPeriod(String catalogue, AssessmentPeriod period) {
        return assessments.findBy(BY_PERIOD, catalogue + "|" + period).stream()
                .map(Versioned::value)
                .sorted(Comparator.comparing(a -> a.id().value()))
                .toList();
    }

    private static String subjectKey(Subject subject, String catalogue) {
        return subject.kind() + ":" + subject.id().value() + "|" + catalogue;
    }

    private static AssessmentId slotOf(Assessment a) {
        String key = subjectKey(a.subject(), a.catalogue()) + "|" + a.period();
        return AssessmentId.of("slot-" + Hashing.sha256().hashString(key, StandardCharsets.UTF_8).toString().substring(0, 40));
    }
}
