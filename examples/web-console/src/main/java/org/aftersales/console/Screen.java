package org.aftersales.console;

import java.util.EnumSet;
import java.util.Set;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.party.Role;

/**
 * The console's screens and who may see each: the roles from core decide. The lounge board is
 * public; every other screen needs a sign-in and one of its roles. A manager sees everything.
 */
enum Screen {
    /** The customer lounge's progress board; public, with no personal data. */
    BOARD("/board", new LocalizedText("Lounge board", "休息区看板"), null),
    /** Repair orders by state. */
    WORKSHOP("/workshop", new LocalizedText("Workshop", "车间"), EnumSet.of(Role.SERVICE_ADVISOR,
            Role.WORKSHOP_SUPERVISOR, Role.TEAM_LEADER, Role.TECHNICIAN, Role.QC_INSPECTOR, Role.FINAL_INSPECTOR,
            Role.MANAGER)),
    /** Delivered cars due for their follow-up call, the call form and the month's remark statistics. */
    FOLLOW_UP("/follow-up", new LocalizedText("Follow-up calls", "客户回访"), EnumSet.of(Role.SERVICE_ADVISOR,
            Role.CALL_CENTRE_AGENT, Role.MANAGER)),
    /** The parts warehouse map, audit and re-slotting plan. */
    WAREHOUSE("/warehouse", new LocalizedText("Warehouse", "仓库"), EnumSet.of(Role.WAREHOUSE_KEEPER,
            Role.PARTS_CLERK, Role.MANAGER)),
    /** The complaint tracking log. */
    COMPLAINTS("/complaints", new LocalizedText("Complaints", "投诉"), EnumSet.of(Role.COMPLAINT_OFFICER,
            Role.CALL_CENTRE_AGENT, Role.MANAGER)),
    /** Scorecards: a manager sees everyone's and the departments'; others their own. */
    SCORECARDS("/scorecards", new LocalizedText("Scorecards", "考核卡"), EnumSet.allOf(Role.class)),
    /** The service blueprint with its timed standards; every member of staff. */
    BLUEPRINT("/blueprint", new LocalizedText("Service blueprint", "服务蓝图"), EnumSet.allOf(Role.class));

    private final String path;
    private final LocalizedText title;
    private final Set<Role> roles;

    Screen(String path, LocalizedText title, Set<Role> roles) {
        this.path = path;
        this.title = title;
        this.roles = roles;
    }

    String path() {
        return path;
    }

    LocalizedText title() {
        return title;
    }

    boolean isPublic() {
        return roles == null;
    }

    /** @return true when the signed-in account (null for nobody) may see this screen */
    boolean visibleTo(Accounts.Account account) {
        if (roles == null) {
            return true;
        }
        return account != null && account.staff().roles().stream().anyMatch(roles::contains);
    }
}
