package org.huixiang.app.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.huixiang.common.model.AppealType;
import org.huixiang.common.model.CountyTime;
import org.huixiang.common.seeds.CaseLimits;
import org.huixiang.common.seeds.SeedException;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.SeedSource;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.common.seeds.Task;
import org.huixiang.common.seeds.Topic;
import org.huixiang.common.seeds.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code huixiang seeds check}: validates the knowledge base and summarizes it. */
@Command(
        name = "seeds",
        mixinStandardHelpOptions = true,
        description = "Works with the county knowledge base in seeds/.")
final class SeedsCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "check",
            description = "The action: check (validate and summarize).")
    String action;

    @Option(names = "--dir", description = "A seeds folder to check instead of the packaged seeds.")
    Path dir;

    @Override
    public Integer call() {
        if (!"check".equals(action)) {
            System.err.println(
                    "huixiang seeds: unknown action '"
                            + action
                            + "'; use: huixiang seeds check [--dir DIR]");
            return 2;
        }
        SeedSource source = dir == null ? SeedSource.classpath() : SeedSource.directory(dir);
        Seeds seeds;
        try {
            seeds = SeedLoader.load(source);
        } catch (SeedException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        System.out.println("seeds OK (" + (dir == null ? "packaged" : dir.toAbsolutePath()) + ")");
        Map<String, Long> unitKinds = count(seeds.units().stream().map(Unit::kind));
        System.out.printf("  units    %3d  %s%n", seeds.units().size(), unitKinds);
        System.out.printf("  regions  %3d  towns of 高县%n", seeds.regions().size());
        System.out.printf(
                "  topics   %3d  sensitivity %s%n",
                seeds.topics().size(),
                count(seeds.topics().stream().map(t -> t.sensitivity().name().toLowerCase())));
        long dated = seeds.tasks().stream().filter(t -> !t.ongoing()).count();
        System.out.printf(
                "  tasks    %3d  %d with a date, %d 长期坚持%n",
                seeds.tasks().size(), dated, seeds.tasks().size() - dated);
        Seeds.Rules rules = seeds.rules();
        System.out.printf(
                "  rules    %3d  documents %s, events %s, surges %s%n",
                rules.documents().size() + rules.events().size() + rules.surges().size(),
                rules.documents().stream().map(r -> r.id()).toList(),
                rules.events().stream().map(r -> r.id()).toList(),
                rules.surges().stream().map(r -> r.id()).toList());
        System.out.printf(
                "  response team %s, reminder at %.0f %% of each deadline%n",
                seeds.response().team(), seeds.response().reminderAt() * 100);
        CaseLimits limits = seeds.caseLimits();
        System.out.printf(
                "  cases    签收 %s; 办结 %s; own limits on %s%n",
                limits.acknowledge(),
                Arrays.stream(AppealType.values())
                        .map(t -> t.chinese() + " " + limits.respond().get(t))
                        .toList(),
                limits.channels().keySet());
        Set<Integer> years = seeds.calendar().years();
        System.out.printf(
                "  calendar %d years, %d–%d (seeds/calendar/)%n",
                years.size(), Collections.min(years), Collections.max(years));
        limits.uncountable(Instant.now(), seeds.calendar(), CountyTime.ZONE)
                .ifPresent(
                        missing ->
                                System.out.println(
                                        "  WARNING a case opened today could run past the calendar"
                                                + " ("
                                                + limits.longestWorkingDays()
                                                + " working days): "
                                                + missing.getMessage()));
        System.out.printf(
                "  dictionary terms %d, topic keywords %d%n",
                seeds.dictionaryTerms().size(),
                seeds.topics().stream().mapToInt(t -> t.keywords().size()).sum());
        System.out.println("tasks per unit (lead / responsible):");
        Map<String, Long> lead = count(seeds.tasks().stream().flatMap(t -> t.lead().stream()));
        Map<String, Long> responsible =
                count(seeds.tasks().stream().flatMap(t -> t.responsible().stream()));
        seeds.units().stream()
                .filter(u -> lead.containsKey(u.name()) || responsible.containsKey(u.name()))
                .sorted(
                        Comparator.comparingLong(
                                (Unit u) ->
                                        -lead.getOrDefault(u.name(), 0L) * 100
                                                - responsible.getOrDefault(u.name(), 0L)))
                .forEach(
                        u ->
                                System.out.printf(
                                        "  %-16s %2d / %2d%n",
                                        u.name(),
                                        lead.getOrDefault(u.name(), 0L),
                                        responsible.getOrDefault(u.name(), 0L)));
        long uncovered =
                seeds.topics().stream().map(Topic::tasks).filter(java.util.List::isEmpty).count();
        System.out.printf(
                "topics without task rows (everyday affairs): %d; task rows without a topic: %s%n",
                uncovered,
                seeds.tasks().stream()
                        .map(Task::row)
                        .filter(
                                row ->
                                        seeds.topics().stream()
                                                .noneMatch(t -> t.tasks().contains(row)))
                        .toList());
        return 0;
    }

    private static <T> Map<T, Long> count(java.util.stream.Stream<T> values) {
        return values.collect(
                Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }
}
