fbt::asm_exc_divide_error:entry { @ = count(); }
