package org.aftersales.core.scoring;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The role and department codes a catalogue may name (C3), each role with its home
 * department. Catalogues name roles and departments by these codes; the loader refuses any
 * other. A role without a home department (the manager) is assessed within whichever
 * department the staff member belongs to.
 */
public final class KnownCodes {

    /** Department codes. */
    public static final Set<String> DEPARTMENTS =
            ImmutableSet.of("service", "workshop", "parts", "sales", "finance", "quality", "customer-care");

    /** Role codes with their home department code, or an empty text for none. */
    public static final Map<String, String> ROLES = ImmutableMap.<String, String>builder()
            .put("service-advisor", "service")
            .put("technician", "workshop")
            .put("team-leader", "workshop")
            .put("qc-inspector", "quality")
            .put("washer", "workshop")
            .put("cashier", "finance")
            .put("parts-clerk", "parts")
            .put("warehouse-keeper", "parts")
            .put("complaint-officer", "customer-care")
            .put("manager", "")
            .put("workshop-supervisor", "workshop")
            .put("final-inspector", "quality")
            .put("settlement-clerk", "service")
            .put("call-centre-agent", "customer-care")
            .put("security-guard", "service")
            .build();

    private KnownCodes() {
    }

    /**
     * Whether a role code is known.
     *
     * @param role the code
     * @return true for a known role
     */
    public static boolean isRole(String role) {
        return role != null && ROLES.containsKey(role);
    }

    /**
     * Whether a department code is known.
     *
     * @param department the code
     * @return true for a known department
     */
    public static boolean isDepartment(String department) {
        return department != null && DEPARTMENTS.contains(department);
    }

    /**
     * The home department of a role.
     *
     * @param role a known role code
     * @return its department code, or empty for a role without one
     */
    public static Optional<String> homeDepartment(String role) {
        String home = ROLES.get(role);
        return home == null || home.isEmpty() ? Optional.empty() : Optional.of(home);
    }
}
