package org.huixiang.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeTokensTest {

    @TempDir Path dir;

    @Test
    void aTokenNamesItsProducerAndNothingElseGetsIn() throws Exception {
        Path file = dir.resolve("tokens");
        Files.writeString(
                file,
                "# producers\nweibo-feed 0123456789abcdefghijklmnop\n\n12345 zyxwvutsrqponmlkjihgfedcba\n");
        IntakeTokens tokens = IntakeTokens.load(file);

        assertThat(tokens.producerOf("0123456789abcdefghijklmnop")).contains("weibo-feed");
        assertThat(tokens.producerOf("zyxwvutsrqponmlkjihgfedcba")).contains("12345");
        assertThat(tokens.producerOf("0123456789abcdefghijklmno")).isEmpty();
        assertThat(tokens.producerOf("")).isEmpty();
        assertThat(tokens.producerOf(null)).isEmpty();
    }

    @Test
    void badFilesAreRefusedNamingFileAndLine() throws Exception {
        Path file = dir.resolve("tokens");
        Files.writeString(file, "feed 0123456789abcdefghijklmnop\nfeed-without-token\n");
        assertThatThrownBy(() -> IntakeTokens.load(file)).hasMessageContaining(file + " line 2");

        Files.writeString(file, "feed short\n");
        assertThatThrownBy(() -> IntakeTokens.load(file)).hasMessageContaining("shorter than 24");

        Files.writeString(file, "# nobody\n");
        assertThatThrownBy(() -> IntakeTokens.load(file))
                .hasMessageContaining("no intake producer");
    }

    @Test
    void createdTokensAreRandomPrivateAndLoadable() throws Exception {
        Path file = dir.resolve("sub/tokens");

        assertThat(IntakeTokens.createIfAbsent(file, List.of("a", "b"))).isTrue();
        assertThat(IntakeTokens.createIfAbsent(file, List.of("c"))).isFalse();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        List<String[]> lines =
                Files.readAllLines(file).stream()
                        .filter(l -> !l.startsWith("#"))
                        .map(l -> l.split(" "))
                        .toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)[1]).isNotEqualTo(lines.get(1)[1]).hasSizeGreaterThan(40);
        assertThat(IntakeTokens.load(file).producerOf(lines.get(1)[1])).contains("b");
    }
}
