package org.huixiang.console.auth;

import java.util.EnumSet;
import java.util.Set;

/** What each kind of account may do. The server checks these on every call. */
public enum Role {
    /** 舆情回应 team: every alert, 改派/督办/close, analysis, search, reports, timeliness of all. */
    TEAM(
            EnumSet.of(
                    Permission.READ_ALL_ALERTS,
                    Permission.ACT_AS_UNIT,
                    Permission.ACT_AS_TEAM,
                    Permission.ANALYSIS,
                    Permission.REPORTS,
                    Permission.TIMELINESS_ALL)),
    /** A unit's member: the alerts of their units only; 签收/回应/退回; their own timeliness. */
    UNIT(EnumSet.of(Permission.ACT_AS_UNIT)),
    /** Leadership: reads everything, changes nothing. */
    LEADER(
            EnumSet.of(
                    Permission.READ_ALL_ALERTS,
                    Permission.ANALYSIS,
                    Permission.REPORTS,
                    Permission.TIMELINESS_ALL)),
    /** Administrator: accounts and their units; sees no alerts. */
    ADMIN(EnumSet.of(Permission.MANAGE_ACCOUNTS));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return Set.copyOf(permissions);
    }
}
