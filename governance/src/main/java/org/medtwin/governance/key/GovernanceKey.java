package org.medtwin.governance.key;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A secret key held outside the data (an environment variable or a key file), for keyed-HMAC
 * pseudonyms and for signing the audit chain's head. Its bytes never appear in a message.
 */
public final class GovernanceKey {

  /** The fewest key bytes accepted: the output length of HMAC-SHA256 (RFC 2104 section 3). */
  public static final int MIN_BYTES = 32;

  /** The environment variable for the pseudonym key of de-identified extracts. */
  public static final String PSEUDONYM_KEY_VARIABLE = "MEDTWIN_PSEUDONYM_KEY";

  /** The environment variable for the key that signs the audit chain's head. */
  public static final String AUDIT_KEY_VARIABLE = "MEDTWIN_AUDIT_KEY";

  private static final String ALGORITHM = "HmacSHA256";

  private final byte[] bytes;
  private final String origin;

  private GovernanceKey(byte[] bytes, String origin) {
    this.bytes = bytes.clone();
    this.origin = origin;
  }

  /**
   * A key of these bytes; for tests and for callers that hold the key themselves.
   *
   * @throws KeyException when there are fewer than {@value #MIN_BYTES} bytes
   */
  public static GovernanceKey of(byte[] bytes, String origin) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length < MIN_BYTES) {
      throw new KeyException(
          "The key from " + origin + " has " + bytes.length + " bytes; at least " + MIN_BYTES
              + " are needed. Maybe make one with 'openssl rand -base64 48'?");
    }
    return new GovernanceKey(bytes, origin);
  }

  /**
   * The key from a file (its bytes, trailing white space removed).
   *
   * @throws KeyException when the file cannot be read or is too short
   */
  public static GovernanceKey fromFile(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return of(text.getBytes(StandardCharsets.UTF_8), "key file " + file);
    } catch (IOException e) {
      throw new KeyException("Cannot read the key file " + file + ": " + e.getMessage());
    }
  }

  /**
   * The key from a file when one is given, else from the environment variable.
   *
   * @throws KeyException when neither is set, or the key is too short
   */
  public static GovernanceKey load(Path file, String variable, Map<String, String> environment) {
    if (file != null) {
      return fromFile(file);
    }
    String value = environment.get(variable);
    if (value == null || value.isBlank()) {
      throw new KeyException(
          "No key: set the environment variable " + variable + " or give a key file. The key"
              + " must live outside the data and outside the repository.");
    }
    return of(value.strip().getBytes(StandardCharsets.UTF_8), "environment variable " + variable);
  }

  /**
   * Refuses a key file that lies inside a folder the data goes to (an export's output), where it
   * would travel with the extract it protects.
   *
   * @throws KeyException when the key file is inside the folder
   */
  public static void requireOutside(Path keyFile, Path outputFolder) {
    if (keyFile == null || outputFolder == null) {
      return;
    }
    Path key = keyFile.toAbsolutePath().normalize();
    Path out = outputFolder.toAbsolutePath().normalize();
    if (key.startsWith(out)) {
      throw new KeyException(
          "The key file " + keyFile + " lies inside the output " + outputFolder
              + "; it would leave with the data. Maybe keep it in a folder of its own?");
    }
  }

  /** HMAC-SHA256 of the message under this key. */
  public byte[] hmac(byte[] message) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(bytes, ALGORITHM));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is unavailable in this Java runtime.", e);
    }
  }

  /** HMAC-SHA256 of the text's UTF-8 bytes. */
  public byte[] hmac(String message) {
    return hmac(message.getBytes(StandardCharsets.UTF_8));
  }

  /** Where the key came from, for messages (never the key itself). */
  public String origin() {
    return origin;
  }

  @Override
  public String toString() {
    return "GovernanceKey[" + origin + "]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GovernanceKey key && Arrays.equals(bytes, key.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }
}
