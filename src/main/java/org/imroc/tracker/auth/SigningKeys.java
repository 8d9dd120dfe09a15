package org.imroc.tracker.auth;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.imroc.tracker.common.config.TrackerConfig;

/**
 * The RSA key pair that signs and verifies access tokens. Taken from configuration (PEM text in
 * tracker.jwt.private-key / public-key, or PEM files in tracker.jwt.private-key-file / public-key-file); without
 * either, a pair is generated on first start and kept in the data directory so tokens survive restarts. Several
 * instances behind a load balancer must be given the same configured pair.
 */
@Startup
@ApplicationScoped
public class SigningKeys {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    @Inject
    public SigningKeys(TrackerConfig config) {
        this(
                config.jwt().privateKey(),
                config.jwt().publicKey(),
                config.jwt().privateKeyFile(),
                config.jwt().publicKeyFile(),
                config.dataDir());
    }

    SigningKeys(
            Optional<String> privatePem,
            Optional<String> publicPem,
            Optional<Path> privateFile,
            Optional<Path> publicFile,
            Path dataDir) {
        try {
            String[] pems = pems(privatePem, publicPem, privateFile, publicFile, dataDir);
            this.privateKey = KeyUtils.decodePrivateKey(pems[0]);
            this.publicKey = KeyUtils.decodePublicKey(pems[1]);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            this.keyId = HexFormat.of().formatHex(digest, 0, 8);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Token signing keys could not be loaded", e);
        }
    }

    private static String[] pems(
            Optional<String> privatePem,
            Optional<String> publicPem,
            Optional<Path> privateFile,
            Optional<Path> publicFile,
            Path dataDir)
            throws IOException, GeneralSecurityException {
        if (privatePem.isPresent() && publicPem.isPresent()) {
            return new String[] {privatePem.get(), publicPem.get()};
        }
        if (privateFile.isPresent() && publicFile.isPresent()) {
            return new String[] {Files.readString(privateFile.get()), Files.readString(publicFile.get())};
        }
        Path privatePath = dataDir.resolve("jwt").resolve("signing-key.pem");
        Path publicPath = dataDir.resolve("jwt").resolve("verification-key.pem");
        if (!Files.exists(privatePath) || !Files.exists(publicPath)) {
            generate(privatePath, publicPath);
        }
        return new String[] {Files.readString(privatePath), Files.readString(publicPath)};
    }

    private static void generate(Path privatePath, Path publicPath) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyUtils.generateKeyPair(2048);
        Files.createDirectories(privatePath.getParent());
        write(privatePath, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
        write(publicPath, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
        Log.infof(
                "Generated a token signing key pair in %s (configure tracker.jwt.* to share one between instances)",
                privatePath.getParent());
    }

    /**
     * Writes through a temporary file moved into place. A secret is created owner-only (rw-------) from the start:
     * its permissions are not tightened afterwards, when another user could already have opened it.
     */
    private static void write(Path path, String content, boolean secret) throws IOException {
        Path temp = path.resolveSibling(path.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        if (secret && posix(path)) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temp);
            if (secret) {
                Log.debug("File system without POSIX permissions; signing key left with default permissions");
            }
        }
        Files.writeString(
                temp,
                content,
                StandardCharsets.US_ASCII,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.SYNC);
        Files.move(temp, path, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId;
    }
}
