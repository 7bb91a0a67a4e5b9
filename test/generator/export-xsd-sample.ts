/** A small schema set of our own that uses every construct the export writes. */
import { checkSchemas } from "../../generator/load/load-schemas.js";
import type { SchemaFile } from "../../generator/schema-types.js";

/** Two small files using every construct of the format. */
export const sample: { file: string; schema: SchemaFile }[] = [
  {
    file: "a.json",
    schema: {
      doc: "First file: simple types & bases.",
      simpleTypes: [
        { name: "KindEnumeration", base: "xs:string", enumeration: ["Plain", "A & <B>", 'say "hi"'], doc: "A kind." },
        { name: "CodeType", base: "xs:string", pattern: "[A-Z]{2}\\-[0-9]+" },
        { name: "ShortCodeType", base: "CodeType", pattern: "[A-Z]{2}\\-[0-9]" },
      ],
      complexTypes: [
        {
          name: "BaseType",
          abstract: true,
          doc: "The base.",
          attributes: [{ name: "Href", type: "xs:string", use: "required", doc: "Where." }],
          content: { sequence: [{ element: "Links", type: "xs:string", minOccurs: 0 }] },
        },
        { name: "NoteType", simpleContent: "xs:string", attributes: [{ name: "Lang", type: "xs:string" }] },
        { name: "LongNoteType", base: "NoteType", attributes: [{ name: "Size", type: "xs:unsignedLong" }] },
      ],
    },
  },
  {
    file: "b.json",
    schema: {
      doc: "Second file: content models.",
      complexTypes: [
        {
          name: "ThingType",
          base: "BaseType",
          doc: "A thing.",
          attributes: [{ name: "Enabled", type: "xs:boolean", default: "false" }],
          content: {
            sequence: [
              { element: "Kind", type: "KindEnumeration", doc: "Its kind." },
              {
                choice: [
                  { element: "Code", type: "ShortCodeType" },
                  {
                    sequence: [
                      { element: "From", type: "xs:dateTime" },
                      { element: "To", type: "xs:time" },
                    ],
                  },
                ],
                minOccurs: 0,
                maxOccurs: 3,
              },
              {
                element: "Note",
                complexType: {
                  doc: "Anonymous.",
                  base: "LongNoteType",
                  attributes: [{ name: "By", type: "xs:string" }],
                },
                minOccurs: 0,
              },
              { element: "Part", complexType: { content: { sequence: [] } }, minOccurs: 0, maxOccurs: "unbounded" },
              { any: "##other", processContents: "lax", minOccurs: 0, maxOccurs: "unbounded" },
            ],
          },
        },
      ],
      elements: [{ name: "Thing", type: "ThingType", linkTypes: ["Thing"], doc: "A thing resource." }],
    },
  },
];
/** The sample, loaded. */
export const sampleSchemas = checkSchemas(sample.map(({ file, schema }) => ({ file, text: JSON.stringify(schema) })));
