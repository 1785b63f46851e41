package org.huixiang.devstack.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.huixiang.devstack.DevStackException;

/**
 * The certificate of a secured embedded Elasticsearch or Kafka broker: a self-signed key pair for
 * 127.0.0.1 and localhost, made once with the JDK's {@code keytool} (nothing is downloaded) and
 * kept as PEM files in a folder under the server's configuration (Elasticsearch requires its TLS
 * files under its {@code config/}).
 */
public final class HttpsMaterial {

    /** Relative to Elasticsearch's config folder. */
    public static final String FOLDER = "huixiang-https";

    private static final String CERTIFICATE = "http.crt";
    private static final String KEY = "http.key";

    private HttpsMaterial() {}

    /**
     * Makes the key pair in {@code configDir/huixiang-https} unless it is there.
     *
     * @return the certificate in PEM: clients trust it as their CA
     */
    public static String ensure(Path configDir) {
        Path dir = configDir.resolve(FOLDER);
        Path certificate = dir.resolve(CERTIFICATE);
        try {
            if (!Files.exists(certificate) || !Files.exists(dir.resolve(KEY))) {
                generate(dir);
            }
            return Files.readString(certificate, StandardCharsets.US_ASCII);
        } catch (IOException | GeneralSecurityException e) {
            throw new DevStackException(
                    "cannot make the HTTPS certificate under " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The PEM certificate file {@link #ensure} made under {@code configDir}. */
    public static Path certificate(Path configDir) {
        return configDir.resolve(FOLDER).resolve(CERTIFICATE);
    }

    /**
     * The PEM (PKCS#8, unencrypted) private key file {@link #ensure} made under {@code configDir}.
     */
    public static Path key(Path configDir) {
        return configDir.resolve(FOLDER).resolve(KEY);
    }

    /** The settings that make Elasticsearch serve HTTPS with the key pair. */
    public static List<String> settings() {
        return List.of(
                "xpack.security.http.ssl.enabled=true",
                "xpack.security.http.ssl.certificate=" + FOLDER + "/" + CERTIFICATE,
                "xpack.security.http.ssl.key=" + FOLDER + "/" + KEY);
    }

    private static void generate(Path dir) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        Path keystore = Files.createTempFile("huixiang-https", ".p12");
        Files.delete(keystore);
        char[] storePassword = "huixiang-devstack".toCharArray();
        try {
            Tool.run(
                    List.of(
                            Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                            "-genkeypair",
                            "-alias",
                            "http",
                            "-keyalg",
                            "RSA",
                            "-keysize",
                            "2048",
                            "-validity",
                            "3650",
                            "-dname",
                            "CN=huixiang devstack",
                            "-ext",
                            "SAN=ip:127.0.0.1,dns:localhost",
                            "-ext",
                            "BC=ca:true",
                            "-storetype",
                            "PKCS12",
                            "-keystore",
                            keystore.toString(),
                            "-storepass",
                            new String(storePassword)),
                    Map.of(),
                    60);
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, storePassword);
            }
            X509Certificate certificate = (X509Certificate) store.getCertificate("http");
            PrivateKey key = (PrivateKey) store.getKey("http", storePassword);
            Files.writeString(
                    dir.resolve(KEY),
                    pem("PRIVATE KEY", key.getEncoded()),
                    StandardCharsets.US_ASCII);
            Files.writeString(
                    dir.resolve(CERTIFICATE),
                    pem("CERTIFICATE", certificate.getEncoded()),
                    StandardCharsets.US_ASCII);
        } finally {
            Files.deleteIfExists(keystore);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN "
                + type
                + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END "
                + type
                + "-----\n";
    }
}
