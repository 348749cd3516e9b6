import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * graphql-js reports a bad literal ("Expected value of type Date, found …") without saying which
 * argument holds it. This names the argument (or input field) so that a researcher sees at once
 * which of several dates is wrong.
 */
export function useArgumentNamesInValueErrors(): Plugin {
  return {
    onValidate({ params }) {
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        const names = argumentNamesOfValues(params.documentAST);
        setResult(result.map((error) => withArgumentName(error, names)));
      };
    },
  };
}

function argumentNamesOfValues(document: DocumentNode): Map<ASTNode, string> {
  const names = new Map<ASTNode, string>();
  visit(document, {
    Argument: (node) => void names.set(node.value, node.name.value),
    ObjectField: (node) => void names.set(node.value, node.name.value),
  });
  return names;
}

function withArgumentName(error: GraphQLError, names: Map<ASTNode, string>): GraphQLError {
  const node = error.nodes?.[0];
  const name = node && node.kind !== Kind.VARIABLE ? names.get(node) : undefined;
  if (!name || !error.message.startsWith('Expected value of type')) return error;
  return new GraphQLError(`Argument "${name}" has an invalid value. ${error.message}`, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', argumentName: name },
  });
}
