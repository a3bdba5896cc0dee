package org.aftersales.core.scoring;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Set;
import org.aftersales.core.error.Violations;

/**
 * Whom a standard item applies to (S1): staff in any of the named roles, and every member of
 * the named departments. A department is assessed on every item that names it or names a
 * role whose home department it is ({@link KnownCodes#homeDepartment(String)}).
 *
 * @param roles known role codes, sorted
 * @param departments known department codes, sorted
 */
public record Applicability(Set<String> roles, Set<String> departments) {

    /** Checks every code is known and at least one is given, listing every problem. */
    public Applicability {
        Violations v = ScoringMessages.violations();
        CatalogueRules.applicability(v, "", roles, departments);
        v.throwIfPresent();
        roles = roles == null ? ImmutableSortedSet.of() : ImmutableSortedSet.copyOf(roles);
        departments = departments == null ? ImmutableSortedSet.of() : ImmutableSortedSet.copyOf(departments);
    }

    /**
     * Items for staff in some roles.
     *
     * @param roles role codes
     * @return the applicability
     */
    public static Applicability roles(String... roles) {
        return new Applicability(Set.of(roles), Set.of());
    }

    /**
     * Items for every member of some departments.
     *
     * @param departments department codes
     * @return the applicability
     */
    public static Applicability departments(String... departments) {
        return new Applicability(Set.of(), Set.of(departments));
    }

    /**
     * Whether the item applies to a subject.
     *
     * @param subject the staff member or department
     * @return true when it applies
     */
    public boolean appliesTo(Subject subject) {
        if (departments.contains(subject.department())) {
            return true;
        }
        if (subject instanceof Subject.Staff staff) {
            return roles.contains(staff.role());
        }
        return roles.stream().anyMatch(r -> KnownCodes.homeDepartment(r).filter(subject.department()::equals).isPresent());
    }
}
