if(LINTAS_SANITIZE)
  target_compile_options(lintas_hygiene INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(lintas_hygiene INTERFACE -fsanitize=address,undefined)
endif()
