package org.aftersales.core.scoring.spi;

import java.util.List;
import java.util.Optional;
import org.aftersales.core.id.AssessmentId;
import org.aftersales.core.scoring.Assessment;
import org.aftersales.core.scoring.AssessmentPeriod;
import org.aftersales.core.scoring.Subject;

/**
 * Where {@link org.aftersales.core.scoring.Scoring} keeps assessments. Assessments are never
 * changed once stored, so the port needs no versions. By default {@link org.aftersales.core.scoring.Scoring}
 * keeps them in a storage ({@link org.aftersales.core.scoring.Scoring#assessmentStore}). An embedding system backs this port
 * with its own storage.
 */
public interface AssessmentStore {

    /**
     * Stores a new assessment, all or nothing.
     *
     * @param assessment the assessment
     * @throws org.aftersales.core.error.BusinessRuleException of rule
     *     {@code scoring.assessment.exists} when its id, or the same subject, catalogue and
     *     period, is already stored; nothing is stored then
     */
    void add(Assessment assessment);

    /**
     * Looks an assessment up.
     *
     * @param id its id
     * @return the assessment, or empty
     */
    Optional<Assessment> find(AssessmentId id);

    /**
     * Every assessment of one subject against one catalogue.
     *
     * @param subject the staff member or department (matched by id)
     * @param catalogue the catalogue code
     * @return the assessments, oldest period first
     */
    List<Assessment> forSubject(Subject subject, String catalogue);

    /**
     * Every assessment against one catalogue for one period.
     *
     * @param catalogue the catalogue code
     * @param period the period
     * @return the assessments, ordered by id
     */
    List<Assessment> forPeriod(String catalogue, AssessmentPeriod period);
}
