package org.aftersales.core.scoring;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.aftersales.core.error.Violations;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.id.StaffId;

/**
 * Who is assessed (S2): a staff member in a role, or a department. Two subjects are the same
 * person or department when their {@linkplain #id() ids} are equal, whatever role they held.
 * In JSON a subject carries its {@linkplain #kind() kind}: {@code {"kind": "staff", "id": ...}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Subject.Staff.class, name = "staff"),
    @JsonSubTypes.Type(value = Subject.Department.class, name = "department")
})
public sealed interface Subject permits Subject.Staff, Subject.Department {

    /** @return the staff or department id */
    Identifier id();

    /** @return the department code the subject belongs to or is */
    String department();

    /**
     * Whether this subject is the same staff member or department as another.
     *
     * @param other the other subject
     * @return true when kind and id match
     */
    default boolean sameAs(Subject other) {
        return other != null && getClass() == other.getClass() && id().equals(other.id());
    }

    /** @return {@code staff} or {@code department} */
    String kind();

    /**
     * A staff member assessed in a role.
     *
     * @param id the staff id
     * @param role a {@linkplain KnownCodes#ROLES known role code}
     * @param department the {@linkplain KnownCodes#DEPARTMENTS department code} they work in
     */
    record Staff(StaffId id, String role, String department) implements Subject {

        /** Checks every part, listing every problem. */
        public Staff {
            Violations v = ScoringMessages.violations();
            if (id == null) {
                v.add("id", "scoring.required");
            }
            if (!KnownCodes.isRole(role)) {
                v.add("role", "scoring.role.unknown", role);
            }
            if (!KnownCodes.isDepartment(department)) {
                v.add("department", "scoring.department.unknown", department);
            }
            v.throwIfPresent();
        }

        @Override
        public String kind() {
            return "staff";
        }
    }

    /**
     * A department assessed as a whole.
     *
     * @param id the department id
     * @param department the {@linkplain KnownCodes#DEPARTMENTS department code} it is
     */
    record Department(DepartmentId id, String department) implements Subject {

        /** Checks every part, listing every problem. */
        public Department {
            Violations v = ScoringMessages.violations();
            if (id == null) {
                v.add("id", "scoring.required");
            }
            if (!KnownCodes.isDepartment(department)) {
                v.add("department", "scoring.department.unknown", department);
            }
            v.throwIfPresent();
        }

        @Override
        public String kind() {
            return "department";
        }
    }
}
