package org.aftersales.core.party;

import org.aftersales.core.error.Violations;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;

/**
 * A department of the dealership (C3) with the manager who decides when nobody else can.
 *
 * @param id the department id
 * @param kind what kind of department it is
 * @param name its display name
 * @param manager its manager
 */
public record Department(DepartmentId id, DepartmentKind kind, String name, StaffId manager) {

    /** Checks every part is present. */
    public Department {
        Violations v = PartyMessages.violations();
        v.required("id", id);
        v.required("kind", kind);
        v.requiredText("name", name);
        v.required("manager", manager);
        v.throwIfPresent();
    }
}
