package org.aftersales.serviceflow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.aftersales.core.id.StaffId;

/**
 * A workshop team (F6): its leader, members, skills and the hours it can work in a day.
 *
 * @param name the team's name, also the key of its {@link Workload}s
 * @param leader the team leader
 * @param members the technicians, leader included or not
 * @param skills the skills it has, matched against the labour guide's skill per operation
 * @param dailyHours the hours the team can work in a day
 */
public record Team(String name, StaffId leader, List<StaffId> members, Set<String> skills, BigDecimal dailyHours) {

    /** Copies the lists. */
    public Team {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(dailyHours, "dailyHours");
        members = List.copyOf(members);
        skills = Set.copyOf(skills);
    }
}
