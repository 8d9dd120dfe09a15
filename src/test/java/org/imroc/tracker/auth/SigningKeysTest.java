package org.imroc.tracker.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPair;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where token signing keys come from: configuration first, else a pair generated once and kept. */
class SigningKeysTest {

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    @Test
    void aGeneratedPairIsKeptInTheDataDirectoryAndReusedAfterARestart(@TempDir Path data) throws Exception {
        SigningKeys first =
                new SigningKeys(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), data);
        Path privateKey = data.resolve("jwt").resolve("signing-key.pem");
        assertThat(privateKey).exists();
        assertThat(Files.getPosixFilePermissions(privateKey))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        SigningKeys afterRestart =
                new SigningKeys(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), data);
        assertThat(afterRestart.keyId()).isEqualTo(first.keyId());
        assertThat(afterRestart.publicKey()).isEqualTo(first.publicKey());
    }

    @Test
    void configuredPemTextWinsOverTheDataDirectory(@TempDir Path data) throws Exception {
        KeyPair pair = KeyUtils.generateKeyPair(2048);
        SigningKeys keys = new SigningKeys(
                Optional.of(pem("PRIVATE KEY", pair.getPrivate().getEncoded())),
                Optional.of(pem("PUBLIC KEY", pair.getPublic().getEncoded())),
                Optional.empty(),
                Optional.empty(),
                data);
        assertThat(keys.publicKey()).isEqualTo(pair.getPublic());
        assertThat(data.resolve("jwt")).doesNotExist();
    }

    @Test
    void configuredPemFilesAreRead(@TempDir Path dir) throws Exception {
        KeyPair pair = KeyUtils.generateKeyPair(2048);
        Path privateFile = Files.writeString(
                dir.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Path publicFile = Files.writeString(
                dir.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        SigningKeys keys = new SigningKeys(
                Optional.empty(),
                Optional.empty(),
                Optional.of(privateFile),
                Optional.of(publicFile),
                dir.resolve("data"));
        assertThat(keys.publicKey()).isEqualTo(pair.getPublic());
        assertThat(keys.privateKey().getAlgorithm()).isEqualTo("RSA");
    }
}
