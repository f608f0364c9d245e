package dev.tandem.agent.api;

/** The realm roles of Keycloak's realm {@code tandem} that this API checks. */
public final class Roles {

    public static final String AGENT = "agent";

    private Roles() {
    }
}
