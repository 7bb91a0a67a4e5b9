// Bindings a user generated into their own project (`emx generate --out gen`), compiled and run by plain Node.
import { parse, Shape } from "./gen/index.js";

const shape = parse('<Shape xmlns="http://www.veeam.com/ent/v1.0" Id="square"><Colour>Red</Colour></Shape>', {
  expect: Shape,
});
console.log(`${shape.constructor.name} ${shape.id}`);
