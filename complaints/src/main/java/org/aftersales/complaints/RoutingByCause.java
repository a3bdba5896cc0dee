package org.aftersales.complaints;

import java.util.Comparator;
import java.util.Optional;
import org.aftersales.complaints.spi.ComplaintRouting;
import org.aftersales.complaints.spi.RoutingQuestion;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.party.Department;
import org.aftersales.core.party.DepartmentKind;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.party.StaffMember;

/**
 * The desk's built-in routing, asked last: by cause to the first department (by id) of the
 * kind that handles it. Product quality goes to quality, parts to parts, repair work to the
 * workshop, damage by people or operators and price to service, attitude and waiting time to
 * the owner's own department. When the dealership has no department of that kind, the owner's
 * department is responsible. Our default; a {@code ComplaintRouting} plugin overrides it.
 */
final class RoutingByCause implements ComplaintRouting {

    static final String ID = "routing-by-cause";

    private final StaffDirectory staff;

    RoutingByCause(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Optional<DepartmentId> route(RoutingQuestion q) {
        DepartmentKind kind = switch (q.cause()) {
            case PRODUCT -> DepartmentKind.QUALITY;
            case PART -> DepartmentKind.PARTS;
            case REPAIR_WORK -> DepartmentKind.WORKSHOP;
            case HUMAN_DAMAGE, OPERATOR_ERROR, PRICE -> DepartmentKind.SERVICE;
            case ATTITUDE, WAITING_TIME -> null;
        };
        if (kind == null) {
            return Optional.of(q.ownerDepartment());
        }
        return Optional.of(staff.staff().stream().map(StaffMember::department).distinct().map(staff::department)
                .filter(d -> d.kind() == kind).map(Department::id).min(Comparator.comparing(DepartmentId::value))
                .orElse(q.ownerDepartment()));
    }
}
