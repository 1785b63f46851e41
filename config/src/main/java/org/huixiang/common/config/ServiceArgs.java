package org.huixiang.common.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of a service's own entry point (the console, the intake, setup as a container runs
 * them): {@code --config FILE} and the options the service names, each with a value. The command
 * line ({@code huixiang console} …) parses its own; this is for the images, which carry no command
 * line.
 *
 * @param config the configuration file, or null for the defaults and the environment
 * @param options the other options given, by name without the dashes
 */
public record ServiceArgs(Path config, Map<String, String> options) {

    public ServiceArgs {
        options = Map.copyOf(options);
    }

    /**
     * @param service names the service in the error message
     * @param allowed options besides {@code config} that the service takes
     * @throws IllegalArgumentException on an unknown option or one without a value
     */
    public static ServiceArgs parse(String service, String[] args, Set<String> allowed) {
        Path config = null;
        Map<String, String> options = new HashMap<>();
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i += 2) {
            String arg = list.get(i);
            String name = arg.startsWith("--") ? arg.substring(2) : null;
            if (name == null || (!name.equals("config") && !allowed.contains(name))) {
                throw new IllegalArgumentException(
                        service + ": unknown argument '" + arg + "'; " + usage(service, allowed));
            }
            if (i + 1 >= list.size()) {
                throw new IllegalArgumentException(
                        service + ": " + arg + " needs a value; " + usage(service, allowed));
            }
            if (name.equals("config")) {
                config = Path.of(list.get(i + 1));
            } else {
                options.put(name, list.get(i + 1));
            }
        }
        return new ServiceArgs(config, options);
    }

    /** The configuration of the file and the environment ({@link ConfigLoader#load}). */
    public HuixiangConfig load(Map<String, String> env) {
        return ConfigLoader.load(config, env);
    }

    private static String usage(String service, Set<String> allowed) {
        StringBuilder usage =
                new StringBuilder("usage: ").append(service).append(" [--config FILE]");
        allowed.stream().sorted().forEach(o -> usage.append(" [--").append(o).append(" VALUE]"));
        return usage.toString();
    }
}
