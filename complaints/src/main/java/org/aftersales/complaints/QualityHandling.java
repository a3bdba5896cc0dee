package org.aftersales.complaints;

import java.time.Instant;
import java.util.List;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;

/**
 * The quality path (K4): the customer's opinion form, the technical analysis and
 * countermeasure, the department and person responsible, the costs by type with who bears
 * each, and the finance review of those costs.
 *
 * @param opinionForm what the customer's opinion form says
 * @param technicalAnalysis the cause found by the technical staff
 * @param countermeasure what is done about it
 * @param responsibleDepartment the department held responsible
 * @param responsiblePerson the person held responsible, or null when nobody is
 * @param costs the costs, each with its bearer
 * @param financeReviewedBy who in finance reviewed the costs and their allocation, or null
 * @param financeReviewedAt when, or null
 */
public record QualityHandling(String opinionForm, String technicalAnalysis, String countermeasure,
        DepartmentId responsibleDepartment, StaffId responsiblePerson, List<Cost> costs,
        StaffId financeReviewedBy, Instant financeReviewedAt) {

    /** Checks the parts and copies the costs. */
    public QualityHandling {
        ComplaintMessages.violations().requiredText("opinionForm", opinionForm)
                .requiredText("technicalAnalysis", technicalAnalysis).requiredText("countermeasure", countermeasure)
                .required("responsibleDepartment", responsibleDepartment).throwIfPresent();
        costs = costs == null ? List.of() : List.copyOf(costs);
    }

    /** @return true once finance has reviewed the costs */
    public boolean financeReviewed() {
        return financeReviewedAt != null;
    }

    QualityHandling withCosts(List<Cost> more) {
        return new QualityHandling(opinionForm, technicalAnalysis, countermeasure, responsibleDepartment,
                responsiblePerson, more, null, null);
    }

    QualityHandling reviewed(StaffId by, Instant at) {
        return new QualityHandling(opinionForm, technicalAnalysis, countermeasure, responsibleDepartment,
                responsiblePerson, costs, by, at);
    }
}
