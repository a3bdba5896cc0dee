package org.aftersales.core.party;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.aftersales.core.error.NotFoundException;
import org.aftersales.core.error.Violations;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;

/**
 * The departments and staff of a dealership, checked as a whole, with A/B backup routing
 * (C4). Immutable and thread-safe; build a new directory when staff change.
 *
 * <p>Checked on construction: staff and department ids unique; every staff member's
 * department exists; every backup exists and works in the same department; every manager
 * exists.
 */
public final class StaffDirectory {

    private final Map<DepartmentId, Department> departments;
    private final Map<StaffId, StaffMember> staff;

    private StaffDirectory(Map<DepartmentId, Department> departments, Map<StaffId, StaffMember> staff) {
        this.departments = departments;
        this.staff = staff;
    }

    /**
     * Builds the directory.
     *
     * @param departments every department
     * @param staff every member of staff
     * @return the directory
     * @throws org.aftersales.core.error.ValidationException listing every inconsistency
     */
    public static StaffDirectory of(Collection<Department> departments, Collection<StaffMember> staff) {
        Violations v = PartyMessages.violations();
        v.required("departments", departments);
        v.required("staff", staff);
        if (departments != null) {
            PartyMessages.noneMissing(v, "departments", departments);
        }
        if (staff != null) {
            PartyMessages.noneMissing(v, "staff", staff);
        }
        v.throwIfPresent();
        Map<DepartmentId, Department> depts = new LinkedHashMap<>();
        int i = 0;
        for (Department d : departments) {
            if (depts.putIfAbsent(d.id(), d) != null) {
                v.add("departments[" + i + "].id", "staff.duplicate", d.id());
            }
            i++;
        }
        Map<StaffId, StaffMember> people = new LinkedHashMap<>();
        i = 0;
        for (StaffMember s : staff) {
            if (people.putIfAbsent(s.id(), s) != null) {
                v.add("staff[" + i + "].id", "staff.duplicate", s.id());
            }
            if (!depts.containsKey(s.department())) {
                v.add("staff[" + i + "].department", "staff.unknownDepartment", s.department());
            }
            i++;
        }
        i = 0;
        for (StaffMember s : staff) {
            if (s.backup() != null) {
                StaffMember b = people.get(s.backup());
                if (b == null) {
                    v.add("staff[" + i + "].backup", "staff.unknownBackup", s.backup());
                } else if (!b.department().equals(s.department())) {
                    v.add("staff[" + i + "].backup", "staff.backupDepartment", s.backup(), b.department(), s.department());
                }
            }
            i++;
        }
        i = 0;
        for (Department d : departments) {
            if (!people.containsKey(d.manager())) {
                v.add("departments[" + i + "].manager", "staff.unknownManager", d.manager());
            }
            i++;
        }
        v.throwIfPresent();
        return new StaffDirectory(Map.copyOf(depts), Map.copyOf(people));
    }

    /**
     * @param id a staff id
     * @return the staff member
     * @throws NotFoundException when unknown
     */
    public StaffMember member(StaffId id) {
        StaffMember s = staff.get(id);
        if (s == null) {
            throw new NotFoundException("staff member", id.value());
        }
        return s;
    }

    /**
     * @param id a department id
     * @return the department
     * @throws NotFoundException when unknown
     */
    public Department department(DepartmentId id) {
        Department d = departments.get(id);
        if (d == null) {
            throw new NotFoundException("department", id.value());
        }
        return d;
    }

    /** @return every member of staff */
    public Collection<StaffMember> staff() {
        return staff.values();
    }

    /**
     * Routes work meant for a person (C4): to them if available, else along their backups,
     * following a chain of absences without looping. When the chain ends or loops with nobody
     * available, the answer says so and names the department manager as the one who decides.
     *
     * @param assignee who the work is meant for
     * @param absent tells who is absent now
     * @return the routing
     */
    public Routing route(StaffId assignee, Predicate<StaffId> absent) {
        StaffMember first = member(assignee);
        Set<StaffId> asked = new LinkedHashSet<>();
        StaffId current = assignee;
        while (current != null && asked.add(current)) {
            if (!absent.test(current)) {
                return new Routing(Optional.of(current), new ArrayList<>(asked).subList(0, asked.size() - 1),
                        Optional.empty(), false);
            }
            current = staff.get(current).backup();
        }
        boolean loop = current != null;
        return new Routing(Optional.empty(), List.copyOf(asked),
                Optional.of(departments.get(first.department()).manager()), loop);
    }

    /**
     * Who can do a role's work now (C4 peak-time cover): available holders of the role first,
     * then available holders of the roles that may cover it, each in directory order.
     *
     * @param role the role whose work is waiting
     * @param absent tells who is absent or busy now
     * @return the candidates, best first; empty when nobody can
     */
    public List<StaffMember> whoCanDo(Role role, Predicate<StaffId> absent) {
        List<StaffMember> out = new ArrayList<>();
        staff.values().stream().filter(s -> s.has(role) && !absent.test(s.id())).sorted(
                java.util.Comparator.comparing(StaffMember::id)).forEach(out::add);
        staff.values().stream()
                .filter(s -> !s.has(role) && s.roles().stream().anyMatch(role.coveredBy()::contains))
                .filter(s -> !absent.test(s.id()))
                .sorted(java.util.Comparator.comparing(StaffMember::id))
                .forEach(out::add);
        return out;
    }
}
