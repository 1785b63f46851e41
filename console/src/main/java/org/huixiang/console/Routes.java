package org.huixiang.console;

import static org.huixiang.http.Access.PUBLIC;

import org.huixiang.console.api.AccountApi;
import org.huixiang.console.api.AlertApi;
import org.huixiang.console.api.AnalysisApi;
import org.huixiang.console.api.ReportApi;
import org.huixiang.console.api.SessionApi;
import org.huixiang.console.api.StreamApi;
import org.huixiang.console.api.TimelinessApi;
import org.huixiang.console.auth.Permission;
import org.huixiang.console.auth.SessionAccess;
import org.huixiang.http.Access;
import org.huixiang.http.Router;

/**
 * Every API route with who may call it and what it does; the OpenAPI description is generated from
 * this table, so the two cannot drift apart.
 */
final class Routes {

    private Routes() {}

    static void register(
            Router r,
            SessionAccess access,
            SessionApi session,
            AlertApi alerts,
            StreamApi stream,
            TimelinessApi timeliness,
            AnalysisApi analysis,
            ReportApi reports,
            AccountApi accounts) {
        Access loggedIn = access.loggedIn();
        r.add(
                "POST",
                "/api/login",
                PUBLIC,
                "Log in with {username, password}; sets the session cookie, returns the account and the CSRF token",
                session::login);
        r.add("POST", "/api/logout", loggedIn, "Log out", session::logout);
        r.add(
                "GET",
                "/api/session",
                loggedIn,
                "The logged-in account and its CSRF token",
                session::me);
        r.add(
                "GET",
                "/api/alerts",
                loggedIn,
                "Alerts the caller may see, newest first; filters: level, unit, topic, region, state, source, kind, size",
                alerts::list);
        r.add(
                "GET",
                "/api/alerts/stream",
                loggedIn,
                "Server-sent events: every new revision of an alert the caller may see",
                stream::stream);
        r.add(
                "GET",
                "/api/alerts/{id}",
                loggedIn,
                "One alert with why, documents, deadlines, progress and history",
                alerts::get);
        r.add(
                "POST",
                "/api/alerts/{id}/actions",
                loggedIn,
                "Act on an alert: {action: ACKNOWLEDGE|RESPOND|RETURN (its units) or REASSIGN|ESCALATE|CLOSE (response team), text, link, assign_to}; checked, then sent to huixiang.responses",
                alerts::act);
        r.add(
                "GET",
                "/api/timeliness",
                loggedIn,
                "Timeliness per unit over from–to (default: 30 days); own units only unless the role sees all",
                timeliness::report);
        r.add(
                "GET",
                "/api/timeliness/trend",
                loggedIn,
                "Weekly totals of the last `weeks` weeks (default 8)",
                timeliness::trend);
        r.add(
                "GET",
                "/api/analysis",
                access.needs(Permission.ANALYSIS),
                "Volume and sentiment over time, risk levels, topics, towns, hot words, sources over from–to (default: 7 days)",
                analysis::overview);
        r.add(
                "GET",
                "/api/search",
                access.needs(Permission.ANALYSIS),
                "Full-text search over documents (q) with filters source, topic, unit, sentiment, level, region, from, to, page; facets",
                analysis::search);
        r.add(
                "GET",
                "/api/reports/daily",
                access.needs(Permission.REPORTS),
                "日报 of `date` (default today); format html (printable), md or json; download=1 for a file",
                reports::daily);
        r.add(
                "GET",
                "/api/reports/weekly",
                access.needs(Permission.REPORTS),
                "周报 of the week holding `date`; same formats",
                reports::weekly);
        r.add("GET", "/api/units", loggedIn, "The county's units", accounts::units);
        r.add(
                "GET",
                "/api/seeds",
                loggedIn,
                "The response team's unit, towns and topics, for filters",
                accounts::seedsInfo);
        r.add(
                "GET",
                "/api/accounts",
                access.needs(Permission.MANAGE_ACCOUNTS),
                "All accounts (never their password hashes)",
                accounts::list);
        r.add(
                "POST",
                "/api/accounts",
                access.needs(Permission.MANAGE_ACCOUNTS),
                "Create an account {username, display_name, role, units, password}",
                accounts::create);
        r.add(
                "PUT",
                "/api/accounts/{username}",
                access.needs(Permission.MANAGE_ACCOUNTS),
                "Change an account {display_name, role, units, password, disabled}; logs it out",
                accounts::update);
        r.add("GET", "/api/openapi.json", PUBLIC, "This description", call -> OpenApi.describe(r));
    }
}
