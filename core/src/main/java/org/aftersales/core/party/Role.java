package org.aftersales.core.party;

import java.util.Optional;
import java.util.Set;
import org.aftersales.core.i18n.Labelled;
import org.aftersales.core.i18n.LocalizedText;

/**
 * The roles of after-sales staff (C3). A staff member may hold several. Each role has a stable
 * kebab-case {@linkplain #code() code} for data files and a bilingual label.
 */
public enum Role implements Labelled {
    /** Receives customers and owns the repair order from reception to delivery. */
    SERVICE_ADVISOR("Service advisor", "服务顾问"),
    /** Repairs vehicles. */
    TECHNICIAN("Technician", "维修技师"),
    /** Leads a repair team and re-checks its work. */
    TEAM_LEADER("Team leader", "班组长"),
    /** Checks repair quality. */
    QC_INSPECTOR("Quality inspector", "质检员"),
    /** Washes vehicles before delivery. */
    WASHER("Washer", "洗车工"),
    /** Takes payment. */
    CASHIER("Cashier", "收银员"),
    /** Serves the parts counter. */
    PARTS_CLERK("Parts clerk", "配件员"),
    /** Keeps the parts warehouse. */
    WAREHOUSE_KEEPER("Warehouse keeper", "仓库管理员"),
    /** Handles complaints. */
    COMPLAINT_OFFICER("Complaint officer", "投诉专员"),
    /** Manages a department and decides when nobody else can. */
    MANAGER("Manager", "经理"),
    /** Supervises the workshop. */
    WORKSHOP_SUPERVISOR("Workshop supervisor", "车间主管"),
    /** Performs the final inspection. */
    FINAL_INSPECTOR("Final inspector", "终检员"),
    /** Makes settlement sheets; not the cashier. */
    SETTLEMENT_CLERK("Settlement clerk", "结算员"),
    /** Answers and makes calls for the call centre. */
    CALL_CENTRE_AGENT("Call-centre agent", "客服专员"),
    /** Guards the gate and the car park. */
    SECURITY_GUARD("Security guard", "保安");

    private final LocalizedText label;

    Role(String en, String zh) {
        this.label = new LocalizedText(en, zh);
    }

    @Override
    public LocalizedText label() {
        return label;
    }


    /**
     * The role with a code.
     *
     * @param code a kebab-case code
     * @return the role, or empty when no role has that code
     */
    public static Optional<Role> ofCode(String code) {
        for (Role r : values()) {
            if (r.code().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The department a holder of this role usually works in; a manager belongs to whichever
     * department they manage.
     *
     * @return the home department kind, empty for a manager
     */
    public Optional<DepartmentKind> homeDepartment() {
        return Optional.ofNullable(switch (this) {
            case SERVICE_ADVISOR, SETTLEMENT_CLERK, SECURITY_GUARD -> DepartmentKind.SERVICE;
            case TECHNICIAN, TEAM_LEADER, WASHER, WORKSHOP_SUPERVISOR -> DepartmentKind.WORKSHOP;
            case QC_INSPECTOR, FINAL_INSPECTOR -> DepartmentKind.QUALITY;
            case CASHIER -> DepartmentKind.FINANCE;
            case PARTS_CLERK, WAREHOUSE_KEEPER -> DepartmentKind.PARTS;
            case COMPLAINT_OFFICER, CALL_CENTRE_AGENT -> DepartmentKind.CUSTOMER_CARE;
            case MANAGER -> null;
        });
    }

    /**
     * Roles that may stand in for this one at peak times (C4): a workshop supervisor or a
     * settlement clerk may greet arriving customers for a busy service advisor, and a
     * call-centre agent's phone is picked up by a service advisor rather than left ringing.
     *
     * @return the roles allowed to cover, in order of preference
     */
    public Set<Role> coveredBy() {
        return switch (this) {
            case SERVICE_ADVISOR -> Set.of(WORKSHOP_SUPERVISOR, SETTLEMENT_CLERK);
            case CALL_CENTRE_AGENT -> Set.of(SERVICE_ADVISOR);
            case TEAM_LEADER -> Set.of(WORKSHOP_SUPERVISOR);
            case QC_INSPECTOR -> Set.of(FINAL_INSPECTOR);
            default -> Set.of();
        };
    }
}
