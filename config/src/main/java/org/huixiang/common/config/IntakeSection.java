package org.huixiang.common.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Reads {@code intake} into {@link IntakeSettings}. Apart because the intake is a process of its
 * own, serving producers that authenticate with the tokens file named here; a file that is not
 * there is reported with the other problems, before anything starts.
 */
final class IntakeSection {

    static final Set<String> KEYS = Set.of("host", "port", "tokens_file");

    private IntakeSection() {}

    static IntakeSettings read(ConfigSource source) {
        JsonNode section = source.at("intake");
        IntakeSettings d = IntakeSettings.defaults();
        String tokens =
                source.readableFile(
                        section,
                        "intake.tokens_file",
                        EnvironmentOverride.INTAKE_TOKENS_FILE,
                        "a file of 'producer token' lines (see README, Intake)");
        return new IntakeSettings(
                source.value(EnvironmentOverride.INTAKE_HOST, section, "host", d.host()),
                source.integer(
                        section, "intake.port", EnvironmentOverride.INTAKE_PORT, d.port(), 1),
                tokens);
    }
}
