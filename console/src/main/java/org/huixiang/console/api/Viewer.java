package org.huixiang.console.api;

import java.util.List;
import org.huixiang.common.model.Alert;
import org.huixiang.console.auth.Account;
import org.huixiang.console.auth.Permission;
import org.huixiang.http.ApiException;

/** What an account may see of the alerts. */
final class Viewer {

    private Viewer() {}

    /**
     * Null when the account sees every alert, else the units whose alerts it sees.
     *
     * @throws ApiException 403 for a role that sees no alerts at all (the administrator)
     */
    static List<String> visibleUnits(Account account) {
        if (account.role().can(Permission.READ_ALL_ALERTS)) {
            return null;
        }
        if (!account.role().can(Permission.ACT_AS_UNIT)) {
            throw ApiException.forbidden("your role does not see alerts");
        }
        return account.units();
    }

    static boolean sees(Account account, Alert alert) {
        List<String> units = visibleUnits(account);
        return units == null || units.stream().anyMatch(alert::concerns);
    }
}
