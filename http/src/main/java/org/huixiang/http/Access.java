package org.huixiang.http;

/**
 * Who may call a route, checked by the {@link Router} before the route's handler runs. A service
 * brings its own kinds (the console's sessions and permissions, the intake's producer tokens);
 * {@link #PUBLIC} needs nothing.
 */
public interface Access {

    /** No credentials needed (login, the static UI, health and metrics). */
    Access PUBLIC = new Public();

    /**
     * Admits the call, attaching who is calling ({@link Call#attach}), or refuses it.
     *
     * @throws ApiException 401 or 403 when the caller may not
     */
    void admit(Call call);

    /** How the API description names this access: "public", "logged in", "permission …". */
    String describe();

    /** Whether the route needs no credentials (the API description lists no 401 for it). */
    default boolean isPublic() {
        return false;
    }

    /** The access of {@link #PUBLIC}. */
    record Public() implements Access {
        @Override
        public void admit(Call call) {}

        @Override
        public String describe() {
            return "public";
        }

        @Override
        public boolean isPublic() {
            return true;
        }
    }
}
