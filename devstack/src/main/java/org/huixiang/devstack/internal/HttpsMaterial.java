package org.huixiang.devstack.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.huixiang.devstack.DevStackException;

/**
 * The certificate of a secured embedded Elasticsearch: a self-signed key pair for 127.0.0.1 and
 * localhost, made once with the JDK's {@code keytool} (nothing is downloaded) and kept as PEM files
 * in a folder under the node's {@code config/}, where Elasticsearch requires its TLS files.
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

    /** The settings that make Elasticsearch serve HTTPS with the key pair. */
    public static List<String> settings() {
        return List.of(
                "xpack.security.http.ssl.enabled=true",
                "xpack.security.http.ssl.certificate=" + FOLDER + "/" + CERTIFICATE,
                "xpack.security.http.ssl.key=" + FOLDER + "/" + KEY);
    }

    /** A TLS context that trusts exactly {@code pem}. */
    public static SSLContext trusting(String pem) {
        try (InputStream in =
                new java.io.ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))) {
            Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("ca", ca);
            TrustManagerFactory factory =
                    TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new DevStackException("not a usable certificate: " + e.getMessage(), e);
        }
    }

    private static void generate(Path dir) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        Path keystore = Files.createTempFile("huixiang-https", ".p12");
        Files.delete(keystore);
        char[] storePassword = "huixiang-devstack".toCharArray();
        try {
            keytool(
                    List.of(
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
                            new String(storePassword)));
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

    private static void keytool(List<String> arguments) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output =
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while running keytool", e);
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
