package fr.borne.testsupport.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;

/** Calls that run SQL: any JDBC type's method, or the store's {@code Sql} helper. */
final class SqlCalls {

    static final DescribedPredicate<JavaAccess<?>> RUNS_SQL = DescribedPredicate.describe(
            "a JDBC method (java.sql) or fr.borne.store.Sql",
            access -> runsSql(access.getTargetOwner()));

    private SqlCalls() {
    }

    private static boolean runsSql(JavaClass owner) {
        return owner.getPackageName().equals("java.sql") || owner.getName().equals("fr.borne.store.Sql");
    }
}
