package org.aftersales.core.scoring;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.party.DepartmentKind;
import org.aftersales.core.party.Role;

/**
 * The role and department codes a catalogue may name (C3), each role with its home
 * department. Catalogues name roles and departments by these codes; the loader refuses any
 * other. A role without a home department (the manager) is assessed within whichever
 * department the staff member belongs to.
 */
public final class KnownCodes {

    /** Department codes: the codes of {@link DepartmentKind}. */
    public static final Set<String> DEPARTMENTS = Arrays.stream(DepartmentKind.values())
            .map(DepartmentKind::code).collect(ImmutableSet.toImmutableSet());

    /**
     * Role codes (the codes of {@link Role}) with their home department code, or an empty text
     * for a role without one.
     */
    public static final Map<String, String> ROLES = Arrays.stream(Role.values()).collect(ImmutableMap.toImmutableMap(
            Role::code, r -> r.homeDepartment().map(DepartmentKind::code).orElse("")));

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
