package dev.tandem.intake.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tandem.intake.config.IntakeConfig;

/**
 * The bearer token that lets a customer use their conversation: an HMAC of its id. Nothing to store,
 * so a token stays valid across restarts and replicas, and only this service can mint one.
 */
@ApplicationScoped
public class AccessTokens {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public AccessTokens(IntakeConfig config) {
        this.key = new SecretKeySpec(config.tokenSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String issue(String conversationId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(conversationId));
    }

    public boolean grants(String token, String conversationId) {
        if (token == null) {
            return false;
        }
        // Constant-time comparison: the answer's timing must not reveal how much of a guess was right.
        return MessageDigest.isEqual(issue(conversationId).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String conversationId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(conversationId.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        }
    }
}
