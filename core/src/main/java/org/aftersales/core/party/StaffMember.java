package org.aftersales.core.party;

import java.util.EnumSet;
import java.util.Set;
import org.aftersales.core.error.Violations;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;

/**
 * A member of staff (C3) with roles, a department and an A/B backup colleague (C4).
 *
 * @param id the staff id
 * @param name the person's name
 * @param department where they work
 * @param roles what they do, at least one
 * @param backup the colleague in the same department who takes their work when they are
 *     absent, or null when none is named
 */
public record StaffMember(StaffId id, String name, DepartmentId department, Set<Role> roles, StaffId backup) {

    /** Checks the parts and that nobody backs themselves up. */
    public StaffMember {
        Violations v = PartyMessages.violations();
        v.required("id", id);
        v.requiredText("name", name);
        v.required("department", department);
        if (roles == null || roles.isEmpty()) {
            v.add("roles", "staff.noRole");
        } else {
            PartyMessages.noneMissing(v, "roles", roles.stream().toList());
        }
        if (backup != null && backup.equals(id)) {
            v.add("backup", "staff.selfBackup", id);
        }
        v.throwIfPresent();
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    /**
     * @param role a role
     * @return true when this person holds it
     */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
