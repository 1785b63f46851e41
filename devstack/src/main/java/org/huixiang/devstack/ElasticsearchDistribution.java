package org.huixiang.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Elasticsearch server distribution (the integ-test-zip from Maven Central), found where Maven
 * resolved it, verified, and unpacked once into a work directory.
 *
 * <p>Maven resolves the zip when the devstack module is built; the location can be overridden with
 * the environment variable {@code HUIXIANG_ES_DISTRIBUTION} (a path to the zip).
 */
public final class ElasticsearchDistribution {

    private static final String MARKER = ".huixiang-unpacked";

    private ElasticsearchDistribution() {}

    /** The version this build of huixiang runs, from the parent pom. */
    public static String version() {
        try (InputStream in =
                ElasticsearchDistribution.class.getResourceAsStream("versions.properties")) {
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("elasticsearch.version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("versions.properties missing from the devstack jar", e);
        }
    }

    /** Where the zip is: the override, or the local Maven repository. */
    public static Path locate() {
        String override = System.getenv("HUIXIANG_ES_DISTRIBUTION");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String repo =
                System.getProperty(
                        "maven.repo.local",
                        Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        String v = version();
        return Path.of(
                repo,
                "org/elasticsearch/distribution/integ-test-zip/elasticsearch",
                v,
                "elasticsearch-" + v + ".zip");
    }

    /**
     * Unpacks the distribution under {@code workDir} unless a complete copy is already there.
     *
     * @return the Elasticsearch home (the folder holding bin/, lib/, modules/)
     */
    public static Path unpack(Path zip, Path workDir) {
        String v = version();
        Path home = workDir.resolve("elasticsearch-" + v);
        if (Files.exists(home.resolve(MARKER))) {
            return home;
        }
        verify(zip);
        try {
            Path partial = workDir.resolve("elasticsearch-" + v + ".partial");
            deleteTree(partial);
            Files.createDirectories(partial);
            try (ZipFile file = new ZipFile(zip.toFile())) {
                var entries = file.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    Path target = partial.resolve(entry.getName()).normalize();
                    if (!target.startsWith(partial)) {
                        throw new DevStackException(
                                "refusing zip entry outside the target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        try (InputStream in = file.getInputStream(entry)) {
                            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            // java.util.zip drops the executable bits that the launcher scripts need
            try (var scripts = Files.list(partial.resolve("elasticsearch-" + v + "/bin"))) {
                for (Path script : (Iterable<Path>) scripts::iterator) {
                    Files.setPosixFilePermissions(
                            script, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            deleteTree(home);
            Files.move(partial.resolve("elasticsearch-" + v), home);
            deleteTree(partial);
            Files.writeString(home.resolve(MARKER), zip.toString());
            return home;
        } catch (IOException e) {
            throw new DevStackException(
                    "cannot unpack "
                            + zip
                            + " into "
                            + workDir
                            + ": "
                            + e.getMessage()
                            + ". Check free disk space and permissions.",
                    e);
        }
    }

    /**
     * Fails with the fix when the zip is missing, does not match Maven's checksum, or is not a
     * distribution.
     */
    static void verify(Path zip) {
        String v = version();
        String rebuild =
                " Resolve it again with `mvn -pl devstack -am install -DskipTests` (or delete the"
                        + " file first if it is corrupt), or point HUIXIANG_ES_DISTRIBUTION at a good copy.";
        if (!Files.isRegularFile(zip)) {
            throw new DevStackException(
                    "Elasticsearch " + v + " distribution not found at " + zip + "." + rebuild);
        }
        Path sha1 = zip.resolveSibling(zip.getFileName() + ".sha1");
        if (Files.isRegularFile(sha1)) {
            try {
                String expected = Files.readString(sha1).trim().split("\\s+")[0];
                String actual = sha1(zip);
                if (!expected.equalsIgnoreCase(actual)) {
                    throw new DevStackException(
                            "the Elasticsearch distribution at "
                                    + zip
                                    + " is corrupt: SHA-1 "
                                    + actual
                                    + " does not match "
                                    + expected
                                    + "."
                                    + rebuild);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.getEntry("elasticsearch-" + v + "/bin/elasticsearch") == null) {
                throw new DevStackException(
                        zip + " is not an Elasticsearch " + v + " distribution." + rebuild);
            }
        } catch (IOException e) {
            throw new DevStackException(
                    "the Elasticsearch distribution at "
                            + zip
                            + " is not a readable zip ("
                            + e.getMessage()
                            + ")."
                            + rebuild,
                    e);
        }
    }

    private static String sha1(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p :
                    (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
