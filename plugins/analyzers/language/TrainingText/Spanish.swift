extension TrainingText {
    static let spanish = #"""
    Hola, pedí unas zapatillas el martes pasado y la página de seguimiento sigue diciendo que el paquete está en el almacén.
    ¿Podrían decirme cuándo me devolverán el dinero? Ya hace casi tres semanas que envié el artículo de vuelta.
    Muchas gracias por la respuesta tan rápida, el producto de reemplazo llegó esta mañana y funciona perfectamente.
    Llevo años siendo cliente vuestro, pero la forma en que el servicio de atención gestionó mi queja me ha decepcionado mucho.
    La aplicación se cierra cada vez que intento subir una foto, y volver a instalarla no ha servido de nada.
    Lamentamos las molestias y hemos trasladado sus comentarios al equipo de reparto.
    ¿Hay alguna manera de cambiar la dirección de envío después de que el pedido ya haya sido confirmado?
    Cancelaron mi vuelo en el último momento y nadie en el mostrador supo explicarnos qué teníamos que hacer.
    El hotel estaba limpio y era tranquilo, el personal fue muy amable y el desayuno se servía hasta las once.
    Por la tarde paseamos junto al río y encontramos un pequeño restaurante con la mejor sopa de pescado que he probado nunca.
    El tren al aeropuerto sale cada veinte minutos desde la estación central, así que no hace falta reservar.
    Se esperan lluvias intensas esta noche en el norte del país, con fuertes rachas de viento en la costa.
    El ayuntamiento anunció el lunes que el nuevo puente se abrirá al tráfico antes de que termine el año.
    Las acciones de la empresa cayeron con fuerza después de que advirtiera que los beneficios serían menores de lo previsto.
    La policía pide a cualquier persona que haya presenciado el accidente que se ponga en contacto con ellos.
    Acabo de probar la nueva cafetería del centro y madre mía, los pasteles están buenísimos, ¡vuelvo este fin de semana!
    No me puedo creer la cola que había hoy en correos, esperé casi una hora solo para mandar una carta.
    Sinceramente, la atención al cliente es un chiste, llevo cuarenta minutos esperando y nadie me contesta.
    Me encanta la nueva actualización, el modo oscuro queda genial y todo va mucho más rápido que antes.
    ¿Quién ve el partido esta noche? Creo que nuestro equipo por fin tiene una oportunidad de verdad esta temporada.
    Quiero darme de baja de la suscripción porque ya no uso el servicio y este mes me han cobrado dos veces.
    Su paquete se ha entregado en la puerta de su casa. Si no lo ha recibido, contacte con nosotros en un plazo de siete días.
    La batería se gasta rapidísimo desde la última actualización, ahora apenas dura medio día.
    Le adjunto una copia de la factura y las fotos en las que se ven los daños de la caja.
    Nos complace informarle de que su cuenta ha sido mejorada sin ningún coste adicional.
    Los niños se pasaron toda la tarde haciendo castillos de arena en la playa mientras nosotros leíamos a la sombra.
    Si venís en verano, traed una chaqueta ligera porque por las noches puede hacer bastante fresco.
    Mi vecino pone la música muy alta todas las noches de esta semana y de verdad necesito dormir.
    Por fin consiguió el trabajo que quería, y el viernes vamos todos a cenar para celebrarlo.
    Acuérdate de regar las plantas y dar de comer al gato mientras estamos fuera el fin de semana.
    El museo cierra los lunes, pero los jardines están abiertos todos los días desde las nueve hasta la puesta de sol.
    La conexión a internet se nos corta varias veces al día, y así es muy difícil teletrabajar.
    El técnico tenía que venir entre las ocho y las doce, pero no apareció y nadie nos llamó.
    ¿A qué hora abre la farmacia los domingos, y necesito receta para este medicamento?
    Gracias por su paciencia mientras revisamos la incidencia; le responderemos lo antes posible.
    Según la última encuesta, cada vez más jóvenes prefieren alquilar en lugar de comprar su primera vivienda.
    El gobierno ha prometido invertir más dinero en colegios, hospitales y transporte público durante los próximos cinco años.
    Los científicos explican que el calor ha hecho que las flores se abran casi dos semanas antes de lo normal.
    ¿Alguien conoce un buen mecánico cerca de la estación? Mi coche hace un ruido raro cuando freno.
    Por teléfono me dijeron que se aplicaría el descuento, pero no aparece en el precio final.
    Lo pasamos genial en la boda, la música era estupenda y todo el mundo bailó hasta medianoche.
    Es la tercera vez que les escribo por el mismo problema y todavía no he recibido una respuesta clara.
    Asegúrese de que la contraseña tenga al menos ocho caracteres, con un número y una letra mayúscula.
    Hacía un tiempo perfecto para caminar por el monte, y paramos a comer en una granja que vende su propio queso.
    Creo que hay un error en mi factura, porque me han cobrado un plan prémium que nunca contraté.
    En general muy buena experiencia, el conductor fue educado, el coche estaba impecable y llegamos antes de lo previsto.
    ¿Sería posible hablar con un responsable? Tengo la sensación de que no se han tomado en serio mi caso.
    Están construyendo un supermercado nuevo en la esquina, así que la calle estará cortada unas semanas.
    ¡Feliz cumpleaños a mi hermana favorita, que se cumplan todos tus deseos este año!
    La reunión se ha pasado al jueves por la tarde porque la mitad del equipo está de viaje el miércoles.
    Todas las mañanas cojo el autobús para ir al trabajo, y cuando llueve siempre llega tarde.
    ¿Por qué es tan difícil encontrar un número de teléfono en vuestra web? Solo quiero hablar con una persona.
    La nueva normativa afectará a miles de trabajadores que dependen de las horas extra para pagar sus facturas.
    Hemos recibido su solicitud y una persona de nuestro equipo se pondrá en contacto con usted en dos días laborables.
    """#
}
