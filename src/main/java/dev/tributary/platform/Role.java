package dev.tributary.platform;

/** Roles are deliberately coarse: admins configure, technicians read and work tickets. */
public enum Role {
    ADMIN, TECHNICIAN;

    public String authority() {
        return "ROLE_" + name();
    }

    public static Role parse(String value) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(value)) {
                return role;
            }
        }
        throw new InvalidFieldException("role", "must be one of admin, technician");
    }
}
