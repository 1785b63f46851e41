package org.huixiang.console.api;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.huixiang.alerting.lifecycle.AlertCase;
import org.huixiang.alerting.lifecycle.Outcome;
import org.huixiang.alerting.lifecycle.ResponseCommands;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.AlertChange;
import org.huixiang.common.model.DocumentIds;
import org.huixiang.common.model.ResponseAction;
import org.huixiang.common.model.ResponseCommand;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.console.AlertFilter;
import org.huixiang.console.AlertStore;
import org.huixiang.console.auth.Account;
import org.huixiang.console.auth.Permission;
import org.huixiang.console.auth.SessionAccess;
import org.huixiang.http.ApiException;
import org.huixiang.http.Call;

/**
 * The alert queue, an alert's detail, and the actions on it. Actions become response commands on
 * Kafka; the alerting stage applies them. They are checked here first with the stage's own rules
 * (so the caller hears at once why not), and the stage checks them again.
 */
public final class AlertApi {

    private final AlertStore alerts;
    private final AnalysisApi documents;
    private final CommandSender commands;
    private final ResponseCommands rules;
    private final Seeds seeds;
    private final Clock clock;

    public AlertApi(
            AlertStore alerts,
            AnalysisApi documents,
            CommandSender commands,
            Seeds seeds,
            Clock clock) {
        this.alerts = alerts;
        this.documents = documents;
        this.commands = commands;
        this.rules = new ResponseCommands(seeds);
        this.seeds = seeds;
        this.clock = clock;
    }

    /** An alert with the texts of its contributing documents. */
    public record Detail(Alert alert, List<AnalysisApi.Hit> documents) {}

    /**
     * An action a person takes.
     *
     * @param requestId the client's key for this one action, kept when it retries (after a timeout
     *     or while the console restarts): the action is then applied once. Optional
     */
    public record Action(
            ResponseAction action,
            String text,
            String link,
            List<String> assignTo,
            String requestId) {}

    private static final java.util.regex.Pattern REQUEST_ID =
            java.util.regex.Pattern.compile("[A-Za-z0-9_-]{8,64}");

    public List<Alert> list(Call call) throws Exception {
        AlertFilter filter =
                new AlertFilter(
                        call.query("level"),
                        call.query("unit"),
                        call.query("topic"),
                        call.query("region"),
                        call.query("state"),
                        call.query("source"),
                        call.query("kind"));
        return alerts.search(
                filter,
                Viewer.visibleUnits(SessionAccess.of(call).account()),
                call.queryInt("size", 100, 500));
    }

    public Detail get(Call call) throws Exception {
        Alert alert = visible(call);
        return new Detail(
                alert, documents.documents(alert.documents().stream().map(d -> d.id()).toList()));
    }

    public Map<String, Object> act(Call call) throws Exception {
        Alert alert = visible(call);
        Account account = SessionAccess.of(call).account();
        Action a = call.body(Action.class);
        if (a.action() == null) {
            throw ApiException.badRequest(
                    "action is required: " + List.of(ResponseAction.values()));
        }
        String unit = actingUnit(account, alert, a.action());
        String commandId = commandId(account, a.requestId());
        Optional<AlertChange> applied =
                alert.history().stream().filter(c -> commandId.equals(c.commandId())).findFirst();
        if (applied.isPresent()) {
            return Map.of(
                    "command_id",
                    commandId,
                    "unit",
                    unit,
                    "expected_state",
                    alert.state(),
                    "already_applied",
                    true);
        }
        ResponseCommand command =
                new ResponseCommand(
                        commandId,
                        alert.id(),
                        unit,
                        account.username(),
                        a.action(),
                        a.text(),
                        a.link(),
                        a.assignTo(),
                        clock.instant());
        Outcome check = rules.apply(AlertCase.of(null).withAlert(alert), command);
        if (check.rejection() != null) {
            throw new ApiException(409, check.rejection().reason(), check.rejection().detail());
        }
        commands.send(command);
        return Map.of(
                "command_id", command.id(),
                "unit", unit,
                "expected_state", check.revisions().get(0).state());
    }

    /**
     * The command's id: from the client's request id and the account, so that a retry carries the
     * same id while nobody can reuse another person's; random without a request id.
     */
    private static String commandId(Account account, String requestId) {
        if (requestId == null) {
            return UUID.randomUUID().toString();
        }
        if (!REQUEST_ID.matcher(requestId).matches()) {
            throw ApiException.badRequest(
                    "request_id must be 8–64 letters, digits, '-' or '_' (a UUID will do)");
        }
        return "c-"
                + DocumentIds.hash("command\u0000" + account.username() + '\u0000' + requestId)
                        .substring(0, 32);
    }

    /** The unit on whose behalf the account acts on this alert. */
    private String actingUnit(Account account, Alert alert, ResponseAction action) {
        if (action.teamOnly()) {
            if (!account.role().can(Permission.ACT_AS_TEAM)) {
                throw ApiException.forbidden(action + " is for the response team");
            }
            return seeds.response().team();
        }
        if (!account.role().can(Permission.ACT_AS_UNIT)) {
            throw ApiException.forbidden("your role does not act on alerts");
        }
        return account.units().stream()
                .filter(alert::concerns)
                .findFirst()
                .orElseThrow(
                        () ->
                                ApiException.forbidden(
                                        "the alert is not one of your units' ("
                                                + String.join("、", account.units())
                                                + ")"));
    }

    private Alert visible(Call call) throws Exception {
        Alert alert =
                alerts.find(call.path("id")).orElseThrow(() -> ApiException.notFound("alert"));
        if (!Viewer.sees(SessionAccess.of(call).account(), alert)) {
            throw ApiException.notFound("alert");
        }
        return alert;
    }
}
