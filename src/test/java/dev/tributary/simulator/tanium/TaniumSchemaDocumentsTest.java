package dev.tributary.simulator.tanium;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recommended query document validates against the subset schema the simulator executes and
 * against Tanium's full published schema; known client mistakes fail against both.
 */
class TaniumSchemaDocumentsTest {

    private static GraphQLSchema subset;
    private static GraphQLSchema published;

    @BeforeAll
    static void loadSchemas() throws IOException {
        subset = unexecutable(Path.of("src/main/resources", TaniumGateway.SCHEMA_RESOURCE));
        published = unexecutable(Path.of("src/test/resources/specs/tanium-gateway-schema.graphql"));
    }

    private static GraphQLSchema unexecutable(Path sdl) throws IOException {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(Files.readString(sdl)));
    }

    static Stream<Path> documents() {
        try {
            Path dir = Path.of(TaniumSchemaDocumentsTest.class.getClassLoader()
                    .getResource("fixtures/tanium/graphql").toURI());
            List<Path> docs;
            try (Stream<Path> files = Files.list(dir)) {
                docs = files.filter(p -> p.toString().endsWith(".graphql") && !p.toString().endsWith(".schema.graphql"))
                        .sorted().toList();
            }
            assertThat(docs).hasSizeGreaterThanOrEqualTo(8);
            return docs.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void documentValidatesAgainstSubsetSchema(Path document) throws IOException {
        assertThat(errors(subset, Files.readString(document))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void documentValidatesAgainstPublishedSchema(Path document) throws IOException {
        assertThat(errors(published, Files.readString(document))).isEmpty();
    }

    @Test
    void unknownFieldFailsAgainstBothSchemas() {
        String query = "query { endpoints(first: 1) { edges { node { id reportingConsoleURL } } } }";
        for (GraphQLSchema schema : List.of(subset, published)) {
            List<GraphQLError> errors = errors(schema, query);
            assertThat(errors).hasSize(1);
            assertThat(((ValidationError) errors.get(0)).getValidationErrorType())
                    .isEqualTo(ValidationErrorType.FieldUndefined);
        }
    }

    @Test
    void stringCursorVariableFailsAgainstBothSchemas() {
        String query = "query ($after: String) { endpoints(first: 1, after: $after) { totalRecords } }";
        for (GraphQLSchema schema : List.of(subset, published)) {
            List<GraphQLError> errors = errors(schema, query);
            assertThat(errors).hasSize(1);
            assertThat(((ValidationError) errors.get(0)).getValidationErrorType())
                    .isEqualTo(ValidationErrorType.VariableTypeMismatch);
        }
    }

    @Test
    void simulatorExecutesTheSubsetTheFixturesShip() throws IOException {
        String main = Files.readString(Path.of("src/main/resources", TaniumGateway.SCHEMA_RESOURCE));
        String fixtures = Files.readString(Path.of("src/test/resources/fixtures/tanium/graphql/tanium_gateway_subset.schema.graphql"));
        assertThat(main).isEqualTo(fixtures);
    }

    private static List<GraphQLError> errors(GraphQLSchema schema, String query) {
        ParseAndValidateResult result = ParseAndValidate.parseAndValidate(schema,
                ExecutionInput.newExecutionInput().query(query).build());
        return result.getErrors();
    }
}
