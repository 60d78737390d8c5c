package fr.borne.testsupport.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * A class that continues a future ({@code thenAccept}, {@code thenApply}, …) also handles
 * its failure ({@code exceptionally}, {@code handle}, {@code whenComplete}), or waits for it
 * ({@code join}, {@code get}: the failure is thrown to the caller). Otherwise a failed step
 * is silent: a screen waits forever for a printer that threw. A class that only starts a
 * future and returns it leaves the handling to its caller, which this rule then checks.
 */
final class FutureChains {

    static final ArchRule CLASSES_THAT_CHAIN_FUTURES_HANDLE_ERRORS = classes()
            .that().resideInAPackage("fr.borne..")
            .should(handleTheErrorsOfTheirFutureChains())
            .because("a failed step of a CompletableFuture chain is otherwise lost without a word")
            .allowEmptyShould(true);

    private FutureChains() {
    }

    private static ArchCondition<JavaClass> handleTheErrorsOfTheirFutureChains() {
        return new ArchCondition<>("handle the errors of the CompletableFuture chains they build") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Set<String> continuations = new TreeSet<>();
                boolean handled = false;
                for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                    if (!onFuture(call)) {
                        continue;
                    }
                    String name = call.getName();
                    if (name.startsWith("then")) {
                        continuations.add(name);
                    } else if (name.startsWith("exceptionally") || name.startsWith("handle")
                            || name.startsWith("whenComplete") || name.equals("join") || name.equals("get")) {
                        handled = true;
                    }
                }
                if (!continuations.isEmpty() && !handled) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " calls "
                            + continuations + " on CompletableFutures but never exceptionally/handle/whenComplete"
                            + " (or join/get)"));
                }
            }
        };
    }

    private static boolean onFuture(JavaMethodCall call) {
        JavaClass owner = call.getTargetOwner();
        return owner.isAssignableTo(CompletableFuture.class) || owner.isAssignableTo(CompletionStage.class);
    }
}
