/** order-by-inheritance: a base comes before the classes of its file that extend it. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { IrModel } from "../../generator/ir.js";
import { orderByInheritance } from "../../generator/passes/order-by-inheritance.js";
import { classesOf, file, klass, lowered, model } from "./ir-builders.js";

const order = suite("order-by-inheritance");

interface OrderCase {
  name: string;
  given: IrModel;
  /** Class schema names per file, in the wanted order. */
  want: string[][];
}

const ORDER_CASES: OrderCase[] = [
  {
    name: "moves a base defined after its derived class before it",
    given: model(file("a.json", [klass("DerivedType", { base: "BaseType" }), klass("BaseType")])),
    want: [["BaseType", "DerivedType"]],
  },
  {
    name: "orders a chain of bases listed backwards",
    given: model(
      file("a.json", [klass("CType", { base: "BType" }), klass("BType", { base: "AType" }), klass("AType")]),
    ),
    want: [["AType", "BType", "CType"]],
  },
  {
    name: "keeps unrelated classes in their place",
    given: model(
      file("a.json", [
        klass("XType"),
        klass("DerivedType", { base: "BaseType" }),
        klass("YType"),
        klass("BaseType"),
        klass("ZType"),
      ]),
    ),
    want: [["XType", "BaseType", "DerivedType", "YType", "ZType"]],
  },
  {
    name: "keeps an order that is already right",
    given: model(
      file("a.json", [
        klass("BaseType"),
        klass("OneType", { base: "BaseType" }),
        klass("TwoType", { base: "BaseType" }),
      ]),
    ),
    want: [["BaseType", "OneType", "TwoType"]],
  },
  {
    name: "leaves a base in another file where it is",
    given: model(
      file("common.json", [klass("EntityType")]),
      file("nas.json", [
        klass("NASJobType", { base: "EntityType" }),
        klass("ExtraType", { base: "NASJobType" }),
        klass("NASBaseType"),
      ]),
    ),
    want: [["EntityType"], ["NASJobType", "ExtraType", "NASBaseType"]],
  },
];

for (const { name, given, want } of ORDER_CASES) {
  order(name, () => {
    const result = orderByInheritance(given);
    assert.equal(
      result.files.map((f) => f.classes.map((type) => type.schemaName)),
      want,
    );
    // The classes themselves are untouched.
    for (const type of classesOf(result))
      assert.is(
        type,
        classesOf(given).find((original) => original.schemaName === type.schemaName),
      );
  });
}

order("accepts bases in other files", () => {
  const result = orderByInheritance(
    lowered(
      { file: "a.json", sections: { complexTypes: [{ name: "AType", base: "BType" }] } },
      { file: "b.json", sections: { complexTypes: [{ name: "BType", base: "CType" }] } },
      { file: "c.json", sections: { complexTypes: [{ name: "CType" }] } },
    ),
  );
  assert.equal(
    result.files.map((f) => f.classes.map((type) => type.schemaName)),
    [["AType"], ["BType"], ["CType"]],
  );
});

order.run();
