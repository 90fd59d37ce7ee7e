package dev.tributary.tacticalrmm.client;

import dev.tributary.integration.http.ProblemKind;
import dev.tributary.integration.http.ProviderException;

/** The Tactical account has two-factor login and no code was given (nor a TOTP secret to make one). */
public class TotpRequiredException extends ProviderException {

    public TotpRequiredException(String message) {
        super(ProblemKind.BAD_CREDENTIALS, 0, message);
    }
}
